import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/lib/db";
import {
  callRoute,
  createRoleUser,
  discoverRoutes,
  selectMemoryDatabase,
  sessionTokenFor,
} from "./route-harness";

selectMemoryDatabase();

let token: string;
const file = discoverRoutes().find(
  (route) => route.pattern === "/api/cloud/[provider]/[resource]",
)!.file;

beforeAll(async () => {
  token = await sessionTokenFor(await createRoleUser("requester"));
});
afterAll(() => closeDatabase());

describe("GET /api/cloud/[provider]/[resource]", () => {
  it.each(["vpcs", "vpn-gateways", "customer-gateways", "regions"])(
    "refuses an account that is not configured (%s) with 422 at the field, never a cloud 502",
    async (resource) => {
      for (const provider of ["tencent", "alibaba"]) {
        const response = await callRoute({
          file,
          method: "GET",
          url: `/api/cloud/${provider}/${resource}?account=not-configured&region=ap-guangzhou`,
          params: { provider, resource },
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
        const response = await callRoute({
          file,
          method: "GET",
          url: `/api/cloud/${provider}/${resource}?region=${region}`,
          params: { provider, resource },
          token,
        });
        expect(response.status, `${provider} ${resource}`).toBe(422);
        const body = (await response.json()) as { error: { issues: { path: string }[] } };
        expect(body.error.issues.map((issue) => issue.path)).toEqual(["region"]);
      }
    },
  );
});
