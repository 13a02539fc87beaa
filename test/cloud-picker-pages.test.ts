import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PickerList } from "@/lib/schemas/cloud-picker";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { SANDBOX_CREDENTIALS } from "@/sim/types";
import { memoryDatabaseForFile, requestRoute, signedInUser } from "./kit/routes";

/**
 * The pickers against a simulator holding more than a page of everything (POST /_sim/bulk), and
 * the route-table picker against its seeded VPCs.
 */

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

async function seedBulk(provider: string, region: string, count: number) {
  const response = await fetch(`${sim.url}/_sim/bulk`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ provider, region, count }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { vpcIds: string[] };
}

async function picker(provider: string, resource: string, query: string): Promise<PickerList> {
  const response = await requestRoute({
    pattern,
    method: "GET",
    params: { provider, resource },
    query,
    token,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as PickerList;
}

const ids = (list: PickerList) => list.items.map((item) => item.id);

describe("the pickers list every page", () => {
  it("Tencent: 250 VPCs, and 250 gateways of a VPC each with its tunnel (the SPD check's list)", async () => {
    const { vpcIds } = await seedBulk("tencent", "ap-singapore", 250);
    const vpcs = await picker("tencent", "vpcs", "?region=ap-singapore");
    expect(vpcs.truncated).toBeUndefined();
    expect(ids(vpcs)).toEqual(["vpc-sgedge01", ...vpcIds]);

    const gateways = await picker(
      "tencent",
      "vpn-gateways",
      `?region=ap-singapore&vpcId=${vpcIds[0]}`,
    );
    expect(gateways.truncated).toBeUndefined();
    expect(gateways.items).toHaveLength(250);
    for (const [index, gateway] of gateways.items.entries()) {
      const n = String(index + 1).padStart(4, "0");
      expect(gateway.id).toBe(`vpngw-bulk${n}`);
      expect(gateway.tunnels).toEqual([
        {
          name: `bulk-tunnel-${n}`,
          selectors: [expect.objectContaining({ local: "10.128.1.0/24" })],
        },
      ]);
    }
  });

  it("Alibaba: 250 VPCs and 250 gateways of a VPC, across pages of 50", async () => {
    const { vpcIds } = await seedBulk("alibaba", "ap-southeast-1", 250);
    const vpcs = await picker("alibaba", "vpcs", "?region=ap-southeast-1");
    expect(vpcs.truncated).toBeUndefined();
    expect(ids(vpcs)).toEqual(["vpc-sgedge0001", ...vpcIds]);

    const gateways = await picker(
      "alibaba",
      "vpn-gateways",
      `?region=ap-southeast-1&vpcId=${vpcIds[0]}`,
    );
    expect(gateways.truncated).toBeUndefined();
    expect(ids(gateways)).toEqual(vpcIds.map((id) => id.replace("vpc-", "vpn-")));
  });

  it("says which lists the bound cut short, with the cloud's count", async () => {
    await seedBulk("tencent", "ap-singapore", 1000);
    const vpcs = await picker("tencent", "vpcs", "?region=ap-singapore");
    expect(vpcs.items).toHaveLength(1000);
    expect(vpcs.truncated).toEqual([{ list: "items", shown: 1000, total: 1251 }]);

    const gateways = await picker("tencent", "vpn-gateways", "?region=ap-singapore");
    expect(gateways.items).toHaveLength(1000);
    expect(gateways.truncated).toEqual([
      { list: "items", shown: 1000, total: 1250 },
      { list: "tunnels", shown: 1000, total: 1250 },
    ]);
  });
});

describe("the route-table picker", () => {
  it.each([
    ["tencent", "?region=ap-guangzhou&vpcId=vpc-gzprod01", "rtb-gzprod01", "10.10.0.0/16"],
    ["alibaba", "?region=cn-hangzhou&vpcId=vpc-hzprod0001", "vtb-hzprod0001", "100.64.0.0/10"],
  ])(
    "%s: the VPC's default table, marked and first, with the routes the cloud keeps",
    async (provider, query, tableId, systemDestination) => {
      const [table] = (await picker(provider, "route-tables", query)).items;
      expect(table).toMatchObject({ id: tableId, isDefault: true });
      expect(table?.routes).toContainEqual(
        expect.objectContaining({ destination: systemDestination, system: true }),
      );
    },
  );

  it.each([
    ["tencent", "ap-guangzhou"],
    ["alibaba", "cn-hangzhou"],
  ])("%s: without a VPC, 422 at vpcId", async (provider, region) => {
    const response = await requestRoute({
      pattern,
      method: "GET",
      params: { provider, resource: "route-tables" },
      query: `?region=${region}`,
      token,
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((issue) => issue.path)).toEqual(["vpcId"]);
  });
});

describe("the Alibaba region picker", () => {
  const regionNames = async (headers: Record<string, string>) => {
    const response = await requestRoute({
      pattern,
      method: "GET",
      params: { provider: "alibaba", resource: "regions" },
      query: "?account=default",
      token,
      headers,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const { items } = (await response.json()) as PickerList;
    return Object.fromEntries(items.map((item) => [item.id, item.name]));
  };

  it("names the regions in the reader's language: the chosen one, else the browser's", async () => {
    expect(await regionNames({})).toMatchObject({ "cn-hangzhou": "China (Hangzhou)" });
    expect(await regionNames({ "accept-language": "zh-CN,zh;q=0.9" })).toMatchObject({
      "cn-hangzhou": "华东1（杭州）",
    });
    // The language picked in the portal (its cookie) wins over the browser's.
    expect(
      await regionNames({ "accept-language": "zh-CN", cookie: "NEXT_LOCALE=en" }),
    ).toMatchObject({ "cn-hangzhou": "China (Hangzhou)", "ap-southeast-1": "Singapore" });
  });
});
