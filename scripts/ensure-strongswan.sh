#!/usr/bin/env bash
# Installs what the IPsec interop harness (test/ipsec) needs: strongSwan's charon-systemd
# daemon, swanctl, the extra plugins (kernel-libipsec: userspace ESP, for kernels without it),
# the standard plugins (openssl for 3DES, gcm for AES-GCM), iproute2 and ping. Does nothing
# when all are present. Never fails the caller: without them the harness tests skip, saying so.
set -uo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

missing=()
[ -x /usr/sbin/charon-systemd ] || missing+=(charon-systemd)
command -v swanctl >/dev/null 2>&1 || missing+=(strongswan-swanctl)
ls /usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so >/dev/null 2>&1 ||
  missing+=(libcharon-extra-plugins)
# openssl (3DES, and more) and gcm (AES-GCM) plugins.
ls /usr/lib/ipsec/plugins/libstrongswan-openssl.so >/dev/null 2>&1 ||
  missing+=(libstrongswan-standard-plugins)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
command -v ping >/dev/null 2>&1 || missing+=(iputils-ping)

if [ ${#missing[@]} -eq 0 ]; then
  echo "==> strongSwan harness packages present"
  exit 0
fi

echo "==> apt-get install ${missing[*]}"
if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null ||
  ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" </dev/null; then
  echo "!! could not install ${missing[*]}; the IPsec harness tests will skip" >&2
  exit 0
fi

# charon-systemd ships strongswan.service, which the harness does not need (each test starts
# its own charon inside a network namespace). If installing it just started that service,
# stop it so nothing of ours holds UDP 500/4500 in the root namespace.
if [[ " ${missing[*]} " == *" charon-systemd "* ]] && command -v systemctl >/dev/null 2>&1 &&
  systemctl is-active --quiet strongswan 2>/dev/null; then
  as_root systemctl stop strongswan || true
fi
exit 0
