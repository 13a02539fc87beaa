#!/usr/bin/env bash
# The Test command: installs what the tests need, then runs every suite and prints
# "N passed, N failed". Works as root with no standard input on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
# Next.js would otherwise try to send anonymous telemetry to the internet.
export NEXT_TELEMETRY_DISABLED=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

echo "==> npm ci"
npm ci --no-audit --no-fund </dev/null
# A supported Node.js first on PATH (the pinned one from node_modules; see the script): every
# suite below runs on it.
. scripts/use-node.sh

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# CJK fonts, so screenshots of the Chinese UI show characters rather than boxes.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  apt_install "${missing[@]}"
fi

# PostgreSQL server binaries: the data-layer unit tests also run on a throwaway cluster.
bash scripts/ensure-postgres.sh
# strongSwan for the IPsec interop harness (test/ipsec); its tests skip if this cannot install.
scripts/ensure-strongswan.sh

exec node scripts/test-all.mjs
