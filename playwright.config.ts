import { defineConfig, devices } from "@playwright/test";

/** Sandbox portal (no cloud credentials) and a live-mode portal, both the production build. */
export const SANDBOX_URL = "http://127.0.0.1:3100";
export const LIVE_URL = "http://127.0.0.1:3101";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A local admin on the live portal (live mode has no demo users): created by `npm run user:add`. */
export const LIVE_ADMIN = {
  email: "e2e-admin@live.test",
  name: "E2E Admin",
  password: "e2e-live-admin-password",
};

/**
 * Each server gets its own PGlite folder, emptied before start (two processes must never share
 * one). `before` runs first with the same environment, e.g. to create users.
 */
function server(port: number, env: Record<string, string>, before = "") {
  const dataDir = `.data/e2e-${port}`;
  return {
    command: `rm -rf ${dataDir} && ${before}npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", PGLITE_DATA_DIR: dataDir, ...env },
  };
}

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous on purpose: CI is a 2-core machine, and a whole role walk-through is ~10 page loads.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: ".reports/e2e.json" }]],
  use: {
    baseURL: SANDBOX_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: [
    server(3100, { PORTAL_MODE: "sandbox" }),
    server(
      3101,
      {
        PORTAL_MODE: "live",
        TENCENTCLOUD_SECRET_ID: "e2e-fake-secret-id",
        TENCENTCLOUD_SECRET_KEY: "e2e-fake-secret-key",
        // Test-only key (32 bytes of "0123456789abcdef" twice), never used outside e2e.
        PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      },
      `npm run -s user:add -- --email ${LIVE_ADMIN.email} --name "${LIVE_ADMIN.name}" --role admin --password ${LIVE_ADMIN.password} && `,
    ),
  ],
});
