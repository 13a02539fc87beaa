#!/usr/bin/env bash
# The Run command: installs dependencies, builds, and starts the production server on the
# embedded defaults, then prints the URL. With no cloud credentials configured it first starts
# the cloud simulator and points the portal at it (sandbox mode). Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
# Next.js would otherwise try to send anonymous telemetry to the internet.
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
DATA_DIR="${DATA_DIR:-.data}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund </dev/null
fi
# A supported Node.js first on PATH (the pinned one from node_modules; see the script).
. scripts/use-node.sh

echo "==> next build"
npx next build

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

wait_for() { # url, seconds, pid
  for _ in $(seq 1 $(($2 * 2))); do
    curl -fsS "$1" >/dev/null 2>&1 && return 0
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

has_credentials() {
  env | grep -qE '^(TENCENTCLOUD_SECRET_ID|ALIBABA_CLOUD_ACCESS_KEY_ID|TENCENTCLOUD_ACCOUNT_[A-Z0-9_]+_SECRET_ID|ALIBABA_CLOUD_ACCOUNT_[A-Z0-9_]+_ACCESS_KEY_ID)=.'
}

if ! has_credentials && [ "${PORTAL_MODE:-sandbox}" = sandbox ]; then
  echo "==> no cloud credentials: starting the cloud simulator (sandbox mode)"
  env_file="${DATA_DIR}/sim/portal.env"
  rm -f "$env_file"
  SIM_PORT="${SIM_PORT:-4566}" SIM_DATA_DIR="${SIM_DATA_DIR:-${DATA_DIR}/sim}" SIM_SPEED="${SIM_SPEED:-10}" \
    SIM_ENV_FILE="$env_file" npm run --silent sim &
  pids+=("$!")
  for _ in $(seq 1 60); do [ -f "$env_file" ] && break; kill -0 "${pids[0]}" 2>/dev/null || break; sleep 0.5; done
  if [ ! -f "$env_file" ]; then
    echo "The cloud simulator did not start; see the messages above." >&2
    exit 1
  fi
  set -a
  # shellcheck source=/dev/null
  . "$env_file"
  set +a
fi

echo "==> starting the portal"
# Idle keep-alive connections outlive a load balancer's (60 s is common): the balancer, not the
# portal, closes them, so it never sends a request on a connection the portal just dropped.
npx next start -p "$PORT" --keepAliveTimeout 65000 &
portal=$!
pids+=("$portal")

if ! wait_for "http://127.0.0.1:${PORT}/api/health" 60 "$portal"; then
  echo "The portal did not start on port ${PORT}; see the messages above." >&2
  exit 1
fi
mode=$(curl -fsS "http://127.0.0.1:${PORT}/api/health" | sed -n 's/.*"mode":"\([a-z]*\)".*/\1/p')
echo
echo "VPN Link Portal is running (${mode} mode): http://localhost:${PORT}"
if [ "$mode" = sandbox ]; then
  echo "Sign in with a demo user (all listed on the sign-in page), password sandbox-demo-password:"
  echo "  requester@demo.test · approver@demo.test · approver2@demo.test · admin@demo.test · viewer@demo.test"
else
  echo "Sign in with an account created by: npm run user:add -- --email … --name … --role admin --password …"
fi
echo
wait "$portal"
