import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "./types";
import { pollFor } from "@/test/kit";

const START_DEADLINE_MS = 20_000;
type Sim = ChildProcess & { output(): string };

function startSim(env: Record<string, string>): Sim {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "sim/main.ts"],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/**
 * Polls until `probe` returns a value, the child exits, or the deadline passes. The file the
 * simulator writes is the signal the Run command waits on, so the test waits on it too.
 */
function waitFor<T>(reason: string, child: Sim, probe: () => T | undefined): Promise<T> {
  return pollFor(probe, {
    reason,
    timeoutMs: START_DEADLINE_MS,
    intervalMs: 25,
    abandonIf: () => (child.exitCode === null ? undefined : `exited (${child.exitCode})`),
    context: () => `output: ${child.output()}`,
  });
}

describe("npm run sim (sim/main.ts)", () => {
  it("writes the portal's env file, then prints endpoints and sandbox credentials; persists; stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "sim-main-"));
    const envPath = join(dataDir, "portal.env");
    const child = startSim({
      SIM_PORT: "0",
      SIM_DATA_DIR: dataDir,
      SIM_SPEED: "100",
      SIM_ENV_FILE: envPath,
    });
    // Whether the file was already there when the first line of the banner arrived: a reader
    // that starts on the banner (a person, a script) must find it.
    let fileBeforeBanner: boolean | undefined;
    child.stdout!.on("data", () => (fileBeforeBanner ??= existsSync(envPath)));
    try {
      // The file is complete once it exists: it is written to a temporary name and renamed.
      const envFile = await waitFor("env file", child, () =>
        existsSync(envPath) ? readFileSync(envPath, "utf8") : undefined,
      );
      const url = /TENCENTCLOUD_ENDPOINT='(http:\/\/127\.0\.0\.1:\d+)'/.exec(envFile)?.[1];
      expect(url, envFile).toBeDefined();
      expect(envFile).toContain("PORTAL_MODE='sandbox'");
      expect(envFile).toContain(`ALIBABA_CLOUD_VPC_ENDPOINT='${url}'`);
      expect(envFile).toContain(
        `ALIBABA_CLOUD_ACCESS_KEY_SECRET='${SANDBOX_CREDENTIALS.alibaba.accessKeySecret}'`,
      );
      // One account per site (sim/site-keys.ts), next to the default account of no site.
      expect(envFile).toContain("ALIBABA_CLOUD_ACCOUNT_CHINA_SITE='china'");
      expect(envFile).toContain("TENCENTCLOUD_ACCOUNT_INTERNATIONAL_SITE='international'");
      expect(readdirSync(dataDir).filter((name) => name.startsWith("portal.env."))).toEqual([]);

      // The banner is what is tested here, so the test waits for it (it follows the file).
      const output = await waitFor("banner", child, () =>
        child.output().includes("Timings") ? child.output() : undefined,
      );
      expect(fileBeforeBanner).toBe(true);
      expect(output).toContain(`listening on ${url}`);
      expect(output).toContain(`TENCENTCLOUD_ENDPOINT=${url}`);
      expect(output).toContain(`ALIBABA_CLOUD_VPC_ENDPOINT=${url}`);
      expect(output).toContain(SANDBOX_CREDENTIALS.tencent.secretKey);
      expect(output).toContain(SANDBOX_CREDENTIALS.alibaba.accessKeyId);
      expect(output).toContain('"tencentGatewayMs":600');

      const resources = await fetch(`${url}/_sim/resources`);
      expect(resources.status).toBe(200);
      expect(existsSync(join(dataDir, "state.json"))).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a bad environment with a clear message", async () => {
    const child = startSim({ SIM_PORT: "not-a-port" });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(child.output()).toMatch(/SIM_PORT/);
  });
});
