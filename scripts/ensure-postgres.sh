#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server binaries are present (the unit tests start a throwaway
# cluster on 127.0.0.1 from them). Installs the `postgresql` package when missing; no service is
# started or enabled by this script.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "PostgreSQL binaries are missing; run as root: apt-get install -y postgresql" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d keeps the package from starting a system-wide cluster during install.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
echo "PostgreSQL installed: $(ls -d /usr/lib/postgresql/*/bin | head -1)"
