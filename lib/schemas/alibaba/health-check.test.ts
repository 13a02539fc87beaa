import { describe, expect, it } from "vitest";
import { healthCheckConfigSchema } from "./vpn-connection-configs";

// cloud-api.md §4.4 gives HealthCheckConfig's defaults only (interval 3 s, retry 3): the portal
// invents no upper bound (issue 17 item 6), and still refuses what is not a count at all.
describe("Alibaba HealthCheckConfig interval and retry", () => {
  it("accepts any whole number of at least 1, past the bounds once invented (3600, 100)", () => {
    expect(healthCheckConfigSchema.safeParse({ interval: 7200, retry: 200 }).success).toBe(true);
  });

  it.each([
    [{ interval: 0 }, "HealthCheckConfig.interval must be a whole number of at least 1"],
    [{ retry: 1.5 }, "HealthCheckConfig.retry must be a whole number"],
  ])("refuses %o", (config, message) => {
    const result = healthCheckConfigSchema.safeParse(config);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
