import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "./types";

describe("npm run sim (sim/main.ts)", () => {
  it("starts on loopback, prints endpoints and sandbox credentials, persists, stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "sim-main-"));
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "sim/main.ts"],
      {
        env: { ...process.env, SIM_PORT: "0", SIM_DATA_DIR: dataDir, SIM_SPEED: "100" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${output}`)), 15_000);
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match?.[1] && output.includes("Timings")) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("exit", () => reject(new Error(`exited: ${output}`)));
      });
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
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "sim/main.ts"],
      {
        env: { ...process.env, SIM_PORT: "not-a-port" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/SIM_PORT/);
  });
});
