import { describe, expect, it } from "vitest";
import { parseSimEnv } from "./config";
import { DEFAULT_TIMINGS, SANDBOX_CREDENTIALS } from "./types";

describe("parseSimEnv", () => {
  it("has safe defaults", () => {
    const config = parseSimEnv({});
    expect(config).toMatchObject({
      port: 4566,
      host: "127.0.0.1",
      dataDir: ".sim-data",
      rateLimits: true,
    });
    expect(config.timings).toEqual(DEFAULT_TIMINGS);
    expect(config.credentials).toEqual(SANDBOX_CREDENTIALS);
  });

  it("scales timings by SIM_SPEED and honours explicit overrides", () => {
    const config = parseSimEnv({
      SIM_SPEED: "100",
      SIM_ALIBABA_CONFIGURING_MS: "5",
      SIM_DATA_DIR: ":memory:",
      SIM_RATE_LIMITS: "off",
    });
    expect(config.timings.tencentGatewayMs).toBe(600);
    expect(config.timings.alibabaConfiguringMs).toBe(5);
    expect(config.dataDir).toBeUndefined();
    expect(config.rateLimits).toBe(false);
  });

  it("names every bad variable", () => {
    expect(() => parseSimEnv({ SIM_PORT: "99999", SIM_SPEED: "fast" })).toThrow(
      /SIM_PORT[\s\S]*SIM_SPEED/,
    );
  });
});
