import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkDraft } from "@/lib/data/links";
import { database } from "@/lib/db";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { SANDBOX_CREDENTIALS } from "@/sim/types";
import { memoryDatabaseForFile, requestRoute, signedInUser } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

/**
 * GET /api/links/[id]/prices through the real handler, the server's cloud client and the
 * simulator's InquiryPriceCreateVpnGateway (its documented 5 Mbps figures and its own others).
 */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

let sim: RunningSimulator;
let token: string;
let owner: Awaited<ReturnType<typeof signedInUser>>["user"];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  Object.assign(process.env, {
    TENCENTCLOUD_ENDPOINT: sim.url,
    TENCENTCLOUD_SECRET_ID: SANDBOX_CREDENTIALS.tencent.secretId,
    TENCENTCLOUD_SECRET_KEY: SANDBOX_CREDENTIALS.tencent.secretKey,
    // The price's currency follows the account's site.
    TENCENTCLOUD_SITE: "china",
    ALIBABA_CLOUD_VPC_ENDPOINT: sim.url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
  });
  ({ user: owner, token } = await signedInUser("requester"));
});
afterAll(() => sim.close());

async function pricesOf(design: LinkDesignInput) {
  const db = await database();
  const link = await createLinkDraft({ db, design: linkDesignSchema.parse(design), owner });
  const response = await requestRoute({
    pattern: "/api/links/[id]/prices",
    method: "GET",
    params: { id: link.id },
    token,
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { prices: unknown[] }).prices;
}

describe("GET /api/links/[id]/prices", () => {
  it("asks Tencent for a pay-as-you-go gateway's hourly and per-GB prices", async () => {
    expect(await pricesOf(TENCENT_ON_PREM)).toEqual([
      {
        stepId: "tencent-gateway",
        provider: "tencent",
        account: "default",
        region: "ap-guangzhou",
        currency: "CNY",
        price: {
          instance: { unitPrice: 1.1, chargeUnit: "HOUR" },
          bandwidth: { unitPrice: 0.8, chargeUnit: "GB" },
          requestId: expect.any(String),
        },
      },
    ]);
  });

  it("asks Tencent for a subscription's price over its whole term", async () => {
    const [gateway] = await pricesOf(TENCENT_GATEWAY);
    expect(gateway).toMatchObject({
      provider: "tencent",
      // 100 Mbps for 12 months in the simulator's table (2900 a month).
      price: { instance: { chargeUnit: "none", originalPrice: 34800, discountPrice: 34800 } },
    });
  });

  it("says plainly that Alibaba has no price API, and prices nothing picked as existing", async () => {
    expect(await pricesOf(ALIBABA_GATEWAY)).toEqual([
      {
        stepId: "alibaba-gateway",
        provider: "alibaba",
        account: "default",
        region: "cn-hangzhou",
        noPriceApi: true,
      },
    ]);
    expect(await pricesOf(ALIBABA_TUNNEL)).toEqual([]);
  });

  it("answers 404 for a link that does not exist", async () => {
    const response = await requestRoute({
      pattern: "/api/links/[id]/prices",
      method: "GET",
      params: { id: randomUUID() },
      token,
    });
    expect(response.status).toBe(404);
  });
});
