import { describe, expect, it } from "vitest";
import { routePattern } from "./route-pattern";

describe("routePattern", () => {
  it("names each matched param instead of its value", () => {
    const id = "3f0b8f0e-9a51-4a8e-8a48-0f4c1d2e3a4b";
    expect(routePattern(`/api/links/${id}/submit`, { id })).toBe("/api/links/[id]/submit");
    expect(routePattern("/api/cloud/tencent/vpcs", { provider: "tencent", resource: "vpcs" })).toBe(
      "/api/cloud/[provider]/[resource]",
    );
  });

  it("leaves a route without params as it is", () => {
    expect(routePattern("/api/metrics", {})).toBe("/api/metrics");
    expect(routePattern("/api/health", undefined)).toBe("/api/health");
  });

  it("matches encoded segments and catch-all runs", () => {
    expect(routePattern("/api/files/a%20b", { name: "a b" })).toBe("/api/files/[name]");
    expect(routePattern("/api/docs/x/y/z", { slug: ["x", "y"] })).toBe("/api/docs/[...slug]/z");
  });
});
