import { describe, expect, it } from "vitest";
import { ALIBABA_GATEWAY, CLOUD_TO_CLOUD, TENCENT_GATEWAY } from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { memoryDatabaseForFile, signedInPeople } from "./kit/routes";

/**
 * POST/PUT /api/links refuse a design the account's site would refuse (README: configuration,
 * *_SITE), at the field, while the same design passes for an account of the other site.
 */

memoryDatabaseForFile();
// Before anything reads the environment: one account per site and provider (sandbox keys).
Object.assign(process.env, {
  ALIBABA_CLOUD_ACCOUNT_CN_ACCESS_KEY_ID: "LTAI-site-test-cn",
  ALIBABA_CLOUD_ACCOUNT_CN_ACCESS_KEY_SECRET: "site-test-secret",
  ALIBABA_CLOUD_ACCOUNT_CN_SITE: "china",
  ALIBABA_CLOUD_ACCOUNT_INTL_ACCESS_KEY_ID: "LTAI-site-test-intl",
  ALIBABA_CLOUD_ACCOUNT_INTL_ACCESS_KEY_SECRET: "site-test-secret",
  ALIBABA_CLOUD_ACCOUNT_INTL_SITE: "international",
  TENCENTCLOUD_ACCOUNT_INTL_SECRET_ID: "AKID-site-test-intl",
  TENCENTCLOUD_ACCOUNT_INTL_SECRET_KEY: "site-test-secret",
  TENCENTCLOUD_ACCOUNT_INTL_SITE: "international",
});

const { call } = signedInPeople({ requester: "requester" });

type Issue = { path: string; message: string };
const issuesOf = (body: Record<string, unknown>) =>
  ((body.error as { issues?: Issue[] }).issues ?? []).map((issue) => issue.path);

function onAccount(design: LinkDesignInput, account: string, params: object) {
  if (design.kind === "cloudToCloud") throw new Error("a one-site design");
  return { ...design, site: { ...design.site, account, gateway: { mode: "new", params } } };
}

const alibabaParams = (change: object) => ({
  ...(ALIBABA_GATEWAY as { site: { gateway: { params: object } } }).site.gateway.params,
  ...change,
});

describe("the account's site", () => {
  it("refuses an Alibaba bandwidth of the China list on an International account, at the field", async () => {
    const params = alibabaParams({ Bandwidth: 20, InstanceChargeType: "POSTPAY" });
    const refused = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(ALIBABA_GATEWAY, "intl", params),
      name: "intl-20",
    });
    expect(refused.status).toBe(422);
    expect(issuesOf(refused.body)).toEqual(["site.gateway.params.Bandwidth"]);
    const accepted = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(ALIBABA_GATEWAY, "intl", alibabaParams({ Bandwidth: 100 })),
      name: "intl-100",
    });
    expect(accepted.status).toBe(201);
  });

  it("requires a PREPAY charge type on a China account, and refuses it on an International one", async () => {
    const postpay = alibabaParams({ InstanceChargeType: undefined });
    const refused = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(ALIBABA_GATEWAY, "cn", postpay),
      name: "cn-none",
    });
    expect(refused.status).toBe(422);
    expect(issuesOf(refused.body)).toEqual(["site.gateway.params.InstanceChargeType"]);
    const prepay = alibabaParams({ Bandwidth: 100, InstanceChargeType: "PREPAY", Period: 1 });
    const china = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(ALIBABA_GATEWAY, "cn", prepay),
      name: "cn-prepay",
    });
    expect(china.status).toBe(201);
    const international = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(ALIBABA_GATEWAY, "intl", prepay),
      name: "intl-prepay",
    });
    expect(international.status).toBe(422);
    expect(issuesOf(international.body)).toEqual(["site.gateway.params.InstanceChargeType"]);
  });

  it("caps a Tencent gateway on an International account at 100 Mbps; an account of no site keeps the full list", async () => {
    const params = {
      ...(TENCENT_GATEWAY as { site: { gateway: { params: object } } }).site.gateway.params,
      InternetMaxBandwidthOut: 200,
    };
    const refused = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(TENCENT_GATEWAY, "intl", params),
      name: "tc-intl-200",
    });
    expect(refused.status).toBe(422);
    expect(issuesOf(refused.body)).toEqual(["site.gateway.params.InternetMaxBandwidthOut"]);
    const unset = await call("requester", "POST", ["links"], undefined, {
      ...onAccount(TENCENT_GATEWAY, "default", params),
      name: "tc-default-200",
    });
    expect(unset.status).toBe(201);
  });

  it("checks an edit too, and both sides of a cloud-to-cloud link", async () => {
    const created = await call("requester", "POST", ["links"], undefined, {
      ...CLOUD_TO_CLOUD,
      name: "c2c-site",
    });
    expect(created.status).toBe(201);
    const id = (created.body.link as { id: string }).id;
    const edited = structuredClone(CLOUD_TO_CLOUD) as {
      alibaba: { account: string };
      name: string;
    };
    edited.alibaba.account = "intl";
    edited.name = "c2c-site";
    const refused = await call("requester", "PUT", ["links", "[id]"], id, edited);
    expect(refused.status).toBe(422);
    expect(issuesOf(refused.body)).toEqual(["alibaba.gateway.params.Bandwidth"]);
  });
});
