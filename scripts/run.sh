#!/usr/bin/env bash
# The Run command: installs dependencies, builds, and starts the production server on the
# embedded defaults, then prints the URL. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-3000}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund </dev/null
fi

echo "==> next build"
npx next build

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

echo "==> starting the portal"
npx next start -p "$PORT" &
pids+=("$!")

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:${PORT}/api/health" >/dev/null 2>&1; then
    mode=$(curl -fsS "http://127.0.0.1:${PORT}/api/health" | sed -n 's/.*"mode":"\([a-z]*\)".*/\1/p')
    echo
    echo "VPN Link Portal is running (${mode} mode): http://localhost:${PORT}"
    echo
    wait "${pids[0]}"
    exit $?
  fi
  if ! kill -0 "${pids[0]}" 2>/dev/null; then
    echo "The portal stopped during start-up; see the messages above." >&2
    wait "${pids[0]}" || exit $?
    exit 1
  fi
  sleep 0.5
done
echo "The portal did not answer on port ${PORT} within 60 seconds." >&2
exit 1
