import { defineConfig, devices } from "@playwright/test";
import { siteAccountVariables } from "./sim/site-keys";
import { SANDBOX_CREDENTIALS } from "./sim/types";
import { CANARY_KEYS, CANARY_USERS } from "./e2e/fixtures/secret-canary";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

/**
 * Sandbox portal (on the cloud simulator) and a live-mode portal, both the production build.
 * `E2E_PORT_BASE` (default 3100) moves all three ports, so two checkouts can run e2e at once.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
const SANDBOX_PORT = PORT_BASE;
const LIVE_PORT = PORT_BASE + 1;
const SIM_PORT = PORT_BASE + 90;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
export const LIVE_URL = `http://127.0.0.1:${LIVE_PORT}`;
/** The simulator the sandbox portal talks to; tests inspect it through `/_sim/resources`. */
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;

/**
 * How long each server may take to answer its health URL. Three start at once (PGlite's first
 * open, a user created before the live portal): well under a minute on a quiet 2-core machine,
 * more when other work shares it.
 */
const SERVER_START_TIMEOUT_MS = 120_000;

/** The secret-canary portal (live mode, canary keys, LOG_LEVEL=trace) and its own simulator. */
const CANARY_PORT = PORT_BASE + 2;
const CANARY_SIM_PORT = PORT_BASE + 91;
export const CANARY_URL = `http://127.0.0.1:${CANARY_PORT}`;
const CANARY_SIM_URL = `http://127.0.0.1:${CANARY_SIM_PORT}`;
/** What the canary spec greps after driving the portal: its log (stdout + stderr) and PGlite folder. */
export const CANARY_LOG_FILE = `.data/e2e-canary-${CANARY_PORT}.log`;
export const CANARY_DATA_DIR = `.data/e2e-${CANARY_PORT}`;
const CANARY_AUDIT_HEAD_FILE = `.data/e2e-canary-${CANARY_PORT}-audit-head.json`;

/** A local admin on the live portal (live mode has no demo users): created by `npm run user:add`. */
export const LIVE_ADMIN = {
  email: "e2e-admin@live.test",
  name: "E2E Admin",
  password: "e2e-live-admin-password",
};

/**
 * Idle keep-alive connections stay open this long (Node's default is 5 s). A test's request
 * context reuses its connection after a pause; at 5 s the server could close it just as the next
 * request left (ECONNRESET, seen under load). The same value as scripts/run.sh.
 */
const KEEP_ALIVE = "--keepAliveTimeout 65000";

/**
 * Each server gets its own PGlite folder and audit head file, emptied before start (two processes
 * must never share one). `before` runs first with the same environment, e.g. to create users.
 */
function server(port: number, env: Record<string, string>, before = "") {
  const dataDir = `.data/e2e-${port}`;
  const auditHeadFile = `${dataDir}-audit-head.json`;
  return {
    command: `rm -rf ${dataDir} ${auditHeadFile} && ${before}npx next start -p ${port} -H 127.0.0.1 ${KEEP_ALIVE}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: SERVER_START_TIMEOUT_MS,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: {
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DATA_DIR: dataDir,
      AUDIT_HEAD_FILE: auditHeadFile,
      ...env,
    },
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
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: [
    {
      command: `rm -rf .data/e2e-sim && npm run -s sim`,
      url: `${SIM_URL}/_sim/resources`,
      reuseExistingServer: false,
      timeout: SERVER_START_TIMEOUT_MS,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      // Fast clock: a gateway is active in well under a second of test time.
      env: { SIM_PORT: String(SIM_PORT), SIM_DATA_DIR: ".data/e2e-sim", SIM_SPEED: "200" },
    },
    server(SANDBOX_PORT, {
      PORTAL_MODE: "sandbox",
      TENCENTCLOUD_ENDPOINT: SIM_URL,
      TENCENTCLOUD_SECRET_ID: SANDBOX_CREDENTIALS.tencent.secretId,
      TENCENTCLOUD_SECRET_KEY: SANDBOX_CREDENTIALS.tencent.secretKey,
      ALIBABA_CLOUD_VPC_ENDPOINT: SIM_URL,
      ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
      ...siteAccountVariables(SANDBOX_CREDENTIALS),
      // e2e/notifications.spec.ts: its webhook receiver listens on loopback.
      NOTIFY_ALLOWED_NETWORKS: "loopback",
      NOTIFY_POLL_MS: "200",
    }),
    server(
      LIVE_PORT,
      {
        PORTAL_MODE: "live",
        TENCENTCLOUD_SECRET_ID: "e2e-fake-secret-id",
        TENCENTCLOUD_SECRET_KEY: "e2e-fake-secret-key",
        // Test-only key (32 bytes of "0123456789abcdef" twice), never used outside e2e.
        PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        // Test-only audit chain key ("fedcba9876543210" twice), never used outside e2e.
        AUDIT_HMAC_KEY: "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
      },
      `npm run -s user:add -- --email ${LIVE_ADMIN.email} --name "${LIVE_ADMIN.name}" --role admin --password ${LIVE_ADMIN.password} && `,
    ),
    {
      command: `rm -rf .data/e2e-canary-sim && npm run -s sim`,
      url: `${CANARY_SIM_URL}/_sim/resources`,
      reuseExistingServer: false,
      timeout: SERVER_START_TIMEOUT_MS,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      env: {
        SIM_PORT: String(CANARY_SIM_PORT),
        SIM_DATA_DIR: ".data/e2e-canary-sim",
        SIM_SPEED: "200",
        SIM_TENCENT_SECRET_ID: CANARY_KEYS.tencentSecretId,
        SIM_TENCENT_SECRET_KEY: CANARY_KEYS.tencentSecretKey,
        SIM_ALIBABA_ACCESS_KEY_ID: CANARY_KEYS.alibabaKeyId,
        SIM_ALIBABA_ACCESS_KEY_SECRET: CANARY_KEYS.alibabaKeySecret,
      },
    },
    {
      // Everything the portal (and user:add) prints goes to CANARY_LOG_FILE for the spec to grep.
      command: `rm -rf ${CANARY_DATA_DIR} ${CANARY_LOG_FILE} ${CANARY_AUDIT_HEAD_FILE} && mkdir -p .data && (${CANARY_USERS.map(
        (user) =>
          `npm run -s user:add -- --email ${user.email} --name Canary --role ${user.role} --password ${user.password} && `,
      ).join(
        "",
      )}npx next start -p ${CANARY_PORT} -H 127.0.0.1 ${KEEP_ALIVE}) > ${CANARY_LOG_FILE} 2>&1`,
      url: `${CANARY_URL}/api/health`,
      reuseExistingServer: false,
      // Five users are created one tsx start after the other before the portal starts.
      timeout: 2 * SERVER_START_TIMEOUT_MS,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "trace",
        PGLITE_DATA_DIR: CANARY_DATA_DIR,
        PORTAL_MODE: "live",
        TENCENTCLOUD_ENDPOINT: CANARY_SIM_URL,
        TENCENTCLOUD_SECRET_ID: CANARY_KEYS.tencentSecretId,
        TENCENTCLOUD_SECRET_KEY: CANARY_KEYS.tencentSecretKey,
        ALIBABA_CLOUD_VPC_ENDPOINT: CANARY_SIM_URL,
        ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY_KEYS.alibabaKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY_KEYS.alibabaKeySecret,
        PSK_ENCRYPTION_KEY: CANARY_KEYS.pskEncryptionKey,
        AUDIT_HMAC_KEY: CANARY_KEYS.auditHmacKey,
        AUDIT_HEAD_FILE: CANARY_AUDIT_HEAD_FILE,
        EXECUTION_POLL_MS: "200",
      },
    },
  ],
});
