import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PickerList } from "@/lib/schemas/cloud-picker";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { SANDBOX_CREDENTIALS } from "@/sim/types";
import { memoryDatabaseForFile, requestRoute, signedInUser } from "./kit/routes";

/** The route-table picker against the simulator's seeded VPCs and their default tables. */

memoryDatabaseForFile();

let sim: RunningSimulator;
let token: string;
const pattern = "/api/cloud/[provider]/[resource]";

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  Object.assign(process.env, {
    TENCENTCLOUD_ENDPOINT: sim.url,
    TENCENTCLOUD_SECRET_ID: SANDBOX_CREDENTIALS.tencent.secretId,
    TENCENTCLOUD_SECRET_KEY: SANDBOX_CREDENTIALS.tencent.secretKey,
    ALIBABA_CLOUD_VPC_ENDPOINT: sim.url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
  });
  ({ token } = await signedInUser("requester"));
});
afterAll(() => sim.close());

const get = (provider: string, query: string) =>
  requestRoute({
    pattern,
    method: "GET",
    params: { provider, resource: "route-tables" },
    query,
    token,
  });

describe("GET /api/cloud/[provider]/route-tables", () => {
  it.each([
    ["tencent", "?region=ap-guangzhou&vpcId=vpc-gzprod01", "rtb-gzprod01", "10.10.0.0/16"],
    ["alibaba", "?region=cn-hangzhou&vpcId=vpc-hzprod0001", "vtb-hzprod0001", "100.64.0.0/10"],
  ])(
    "%s: the VPC's default table, marked and first, with the routes the cloud keeps",
    async (provider, query, tableId, systemDestination) => {
      const response = await get(provider, query);
      expect(response.status, await response.clone().text()).toBe(200);
      const [table] = ((await response.json()) as PickerList).items;
      expect(table).toMatchObject({ id: tableId, isDefault: true });
      expect(table?.routes).toContainEqual(
        expect.objectContaining({ destination: systemDestination, system: true }),
      );
    },
  );

  it.each(["tencent", "alibaba"])("%s: without a VPC, 422 at vpcId", async (provider) => {
    const region = provider === "tencent" ? "ap-guangzhou" : "cn-hangzhou";
    const response = await get(provider, `?region=${region}`);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((issue) => issue.path)).toEqual(["vpcId"]);
  });
});
