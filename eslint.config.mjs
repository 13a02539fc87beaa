/**
 * Layers — each imports only layers below it. Outline (LAYERS below is the exact rule; ESLint's
 * import/no-restricted-paths, built from it, refuses an import that runs back up, and
 * `npm run lint:cycles` (dependency-cruiser) refuses any import cycle, type-only ones included):
 *
 *   client  app → components → lib/query → lib/approvals → lib/design → lib/schemas → lib/{net, permissions} → lib/errors
 *   server  app/api → lib/api → lib/auth → lib/{data | execution} → lib/notify (data only)
 *           → lib/cloud-server → lib/{cloud | audit | crypto | metrics} → lib/outbox (audit only) → lib/db → lib/log → lib/env → lib/env-schema
 *
 * lib/db, lib/cloud and every server layer above them may also use the pure, client-safe ones
 * (lib/approvals … lib/net, lib/i18n, lib/errors). Layers between `|` do not import each other.
 * Server components (components/, app/) may use server layers; `import "server-only"` keeps them
 * out of client bundles. Tests (*.test.ts) may import anything. test/layers.test.ts proves the
 * rule fires and that every entry of lib/ belongs to a layer.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const PURE = ["lib/approvals", "lib/i18n", "lib/errors"];

/** name → the files it holds and the layers it may import directly (the rest follows from those). */
export const LAYERS = {
  app: { paths: ["app"], uses: ["components", "lib/api", "lib/execution"] },
  components: { paths: ["components"], uses: ["lib/query", "lib/auth"] },
  "lib/query": { paths: ["lib/query"], uses: PURE },
  "lib/server-start": { paths: ["lib/server-start.ts"], uses: ["lib/auth"] },
  "lib/api": { paths: ["lib/api"], uses: ["lib/auth"] },
  "lib/auth": { paths: ["lib/auth"], uses: ["lib/data", "lib/request-id"] },
  "lib/data": {
    paths: ["lib/data"],
    uses: ["lib/cloud-server", "lib/audit", "lib/crypto", "lib/notify"],
  },
  /** Notification delivery: the channels' adapters, rendering, the outbox's dispatcher. */
  "lib/notify": { paths: ["lib/notify"], uses: ["lib/cloud-server", "lib/crypto"] },
  "lib/execution": {
    paths: ["lib/execution"],
    uses: ["lib/cloud-server", "lib/audit", "lib/crypto"],
  },
  /** Composition root of the cloud client: the environment's accounts, limits shared in the db. */
  "lib/cloud-server": {
    paths: ["lib/cloud-server"],
    uses: ["lib/cloud", "lib/db", "lib/metrics"],
  },
  /** The Prometheus registry and its series; its gauges read the database at scrape time. */
  "lib/metrics": { paths: ["lib/metrics"], uses: ["lib/db"] },
  "lib/cloud": { paths: ["lib/cloud"], uses: ["lib/log", ...PURE] },
  /** The audit chain; a notifiable event also writes its outbox rows in the same transaction. */
  "lib/audit": { paths: ["lib/audit"], uses: ["lib/outbox"] },
  /** The notification outbox's writer: events and their pending deliveries. */
  "lib/outbox": { paths: ["lib/outbox"], uses: ["lib/db"] },
  "lib/crypto": { paths: ["lib/crypto"], uses: ["lib/env", ...PURE] },
  "lib/db": { paths: ["lib/db"], uses: ["lib/log", ...PURE] },
  "lib/log": { paths: ["lib/log.ts"], uses: ["lib/env", "lib/log-redact"] },
  "lib/env": { paths: ["lib/env.ts", "lib/startup-check.ts"], uses: ["lib/env-schema"] },
  "lib/env-schema": {
    paths: ["lib/env-schema.ts", "lib/env-cloud-accounts.ts"],
    uses: ["lib/permissions", "lib/schemas"],
  },
  "lib/log-redact": { paths: ["lib/log-redact.ts"], uses: [] },
  "lib/request-id": { paths: ["lib/request-id.ts"], uses: [] },
  /** The response headers proxy.ts sets: reads the portal origin rule of lib/auth. */
  "lib/security-headers": { paths: ["lib/security-headers.ts"], uses: ["lib/auth"] },
  "lib/approvals": { paths: ["lib/approvals"], uses: ["lib/design"] },
  "lib/design": { paths: ["lib/design"], uses: ["lib/schemas", "lib/i18n"] },
  "lib/schemas": { paths: ["lib/schemas"], uses: ["lib/net", "lib/permissions"] },
  "lib/net": { paths: ["lib/net"], uses: [] },
  /** Refusals of the person rules are AppErrors, so the rule and its refusal stay in one place. */
  "lib/permissions": { paths: ["lib/permissions"], uses: ["lib/errors"] },
  "lib/i18n": { paths: ["lib/i18n"], uses: [] },
  "lib/errors": { paths: ["lib/errors"], uses: [] },
  /** The cloud simulator reuses the portal's signers, request schemas and CIDR maths, nothing else. */
  sim: { paths: ["sim"], uses: ["lib/cloud", "lib/schemas", "lib/net"], transitive: false },
};

/** Entry points and tooling: no layer imports them. */
const OUTSIDE = ["proxy.ts", "instrumentation.ts", "scripts", "test", "e2e"];

/** The layers `name` may import: those it uses, and (unless `transitive: false`) all below them. */
function reachable(name, seen = new Set()) {
  if (LAYERS[name].transitive === false) return new Set(LAYERS[name].uses);
  for (const used of LAYERS[name].uses) {
    if (!seen.has(used)) reachable(used, seen.add(used));
  }
  return seen;
}

const root = path.dirname(fileURLToPath(import.meta.url));

const zones = Object.entries(LAYERS).map(([name, layer]) => {
  const allowed = reachable(name);
  const from = Object.entries(LAYERS)
    .filter(([other]) => other !== name && !allowed.has(other))
    .flatMap(([, { paths }]) => paths);
  return {
    target: layer.paths,
    from: [...from, ...OUTSIDE],
    message: `${name} may import only ${[...allowed].sort().join(", ") || "no other layer"} (layers: eslint.config.mjs, README "Architecture").`,
  };
});

const readsEnvDirectly = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through lib/env.ts, not process.env.",
};

/** `x as unknown as T` switches the type system off for `x`: parse it, or type it for real. */
const castsThroughUnknown = {
  selector:
    "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
  message: "No `as unknown as` in source: parse the value (zod) or give it a real type.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".bench/**",
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    // Generated from the OpenAPI document (npm run cli:types); test/cli-types.test.ts checks it.
    "scripts/cli/api-types.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", readsEnvDirectly, castsThroughUnknown],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "import/no-restricted-paths": ["error", { basePath: root, zones }] },
  },
  {
    files: [
      "lib/env.ts",
      "lib/startup-check.ts",
      "instrumentation.ts",
      "scripts/**",
      "*.config.*",
      "sim/**",
    ],
    rules: { "no-restricted-syntax": ["error", castsThroughUnknown] },
  },
  {
    // Tests may fake what they stand in for; co-located ones still read no environment directly.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-syntax": ["error", readsEnvDirectly] },
  },
  {
    files: ["e2e/**", "test/**", "sim/**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // The pre-shared key has one home: lib/crypto/link-key.ts reads, encrypts, decrypts and
    // digests it, and hashes a link's plan with it; nothing else reaches the cipher or the hash.
    files: ["app/**", "components/**", "lib/**", "scripts/**", "sim/**"],
    ignores: ["lib/crypto/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/crypto/psk", "**/crypto/psk"],
              message: "Use lib/crypto/link-key.ts: the one home of the pre-shared key.",
            },
            {
              group: ["@/lib/design/plan/hash", "**/plan/hash"],
              message: "Hash a link's plan with hashLinkPlan (lib/crypto/link-key.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Specs take test/expect from the shared fixture: it waits for hydration, checks CSP.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/fixtures/test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from e2e/fixtures/test.ts.",
            },
          ],
        },
      ],
    },
  },
]);
