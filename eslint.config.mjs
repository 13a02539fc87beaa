import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/env.ts, not process.env.",
        },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "lib/startup-check.ts",
      "instrumentation.ts",
      "scripts/**",
      "e2e/**",
      "test/**",
      "*.config.*",
      "sim/**",
    ],
    rules: { "no-restricted-syntax": "off" },
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
