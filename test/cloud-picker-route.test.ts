import { beforeAll, describe, expect, it } from "vitest";
import { requestRoute, signedInUser, memoryDatabaseForFile } from "./kit/routes";

memoryDatabaseForFile();

let token: string;
const pattern = "/api/cloud/[provider]/[resource]";

beforeAll(async () => {
  ({ token } = await signedInUser("requester"));
});

describe("GET /api/cloud/[provider]/[resource]", () => {
  it.each(["vpcs", "vpn-gateways", "customer-gateways", "regions", "route-tables"])(
    "refuses an account that is not configured (%s) with 422 at the field, never a cloud 502",
    async (resource) => {
      for (const provider of ["tencent", "alibaba"]) {
        const response = await requestRoute({
          pattern,
          method: "GET",
          params: { provider, resource },
          query: "?account=not-configured&region=ap-guangzhou",
          token,
        });
        expect(response.status, `${provider} ${resource}`).toBe(422);
        const body = (await response.json()) as { error: { issues: { path: string }[] } };
        expect(body.error.issues.map((issue) => issue.path)).toEqual(["account"]);
      }
    },
  );
});

describe("GET /api/cloud/[provider]/[resource] region", () => {
  it.each([
    ["tencent", "whw-o"],
    ["tencent", "zijbhcthokz--1-b-u964-"],
    ["alibaba", "argum--7-b-1xoomv"],
  ])(
    "refuses %s region %s (shaped like one, not the cloud's) with 422 at the field",
    async (provider, region) => {
      for (const resource of ["vpcs", "vpn-gateways"]) {
        const response = await requestRoute({
          pattern,
          method: "GET",
          params: { provider, resource },
          query: `?region=${region}`,
          token,
        });
        expect(response.status, `${provider} ${resource}`).toBe(422);
        const body = (await response.json()) as { error: { issues: { path: string }[] } };
        expect(body.error.issues.map((issue) => issue.path)).toEqual(["region"]);
      }
    },
  );
});
