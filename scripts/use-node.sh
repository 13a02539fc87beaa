# Sourced by run.sh and test.sh after `npm ci`. Puts the Node.js the project is tested on first
# on PATH — the node-linux-<arch> package pinned in optionalDependencies, a registry package that
# ships the binary itself — so npm scripts, npx, next, vitest, playwright and tsx all run on it,
# whatever Node the machine has. Where no such package exists for the platform, the machine's own
# Node is used and must be a supported one (22 or 24).
pinned_node="$(readlink -f node_modules/.bin/node 2>/dev/null || true)"
if [ -n "$pinned_node" ] && [ -x "$pinned_node" ]; then
  PATH="$(dirname "$pinned_node"):$PATH"
  export PATH
fi
if ! node -e 'process.exit(["22", "24"].includes(process.versions.node.split(".")[0]) ? 0 : 1)'; then
  echo "Node.js $(node --version) is not supported: install Node.js 22 or 24 LTS." >&2
  exit 1
fi
echo "==> Node.js $(node --version) ($(command -v node))"
