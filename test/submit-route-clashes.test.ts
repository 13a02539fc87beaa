import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTencentRoutes } from "@/lib/cloud/tencent";
import { ALIBABA_DESTINATION_ROUTES, TENCENT_STATIC_ROUTES } from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { SANDBOX_CREDENTIALS } from "@/sim/types";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { memoryDatabaseForFile, signedInPeople } from "./kit/routes";
import { simulatorClient } from "./kit/simulator-client";

/**
 * Submit judges a design's new routes against the live routes of their tables, as the wizard did:
 * an API client or a stale page cannot freeze a plan whose routes the table already holds
 * elsewhere. Through the real route handlers, the server's cloud client pointed at a simulator.
 */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

let sim: RunningSimulator;

// Before the people are made: the server's configuration is read once, with the simulator in it.
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
});
const { call } = signedInPeople({ requester: "requester" });
afterEach(async () => {
  await fetch(`${sim.url}/_sim/faults`, { method: "DELETE" });
});
afterAll(() => sim.close());

type ErrorAnswer = {
  code: string;
  message: string;
  reason?: string;
  issues?: { path: string; message: string }[];
};

/** A draft of `design`, then its submit: the answer's status and body. */
async function submitDraft(design: LinkDesignInput) {
  const created = await call("requester", "POST", ["links"], undefined, design);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = (created.body.link as { id: string }).id;
  const submitted = await call("requester", "POST", ["links", "[id]", "submit"], id);
  const link = await call("requester", "GET", ["links", "[id]"], id);
  return {
    status: submitted.status,
    error: submitted.body.error as ErrorAnswer | undefined,
    state: (link.body.link as { state: string }).state,
  };
}

/** The Tencent site with its routes sent to `routes` instead. */
const tencentRoutedTo = (routes: { routeTableId: string; destinations: string[] }) => {
  const design = structuredClone(TENCENT_STATIC_ROUTES) as { site: object };
  return { ...design, site: { ...design.site, routes } } as LinkDesignInput;
};

describe("POST /api/links/[id]/submit checks the new routes against the live table", () => {
  it("refuses (422 routeClashes) a destination the table already sends elsewhere; the link stays a draft", async () => {
    // Someone else's route for the first destination, added after the wizard listed the table.
    await createTencentRoutes({
      client: simulatorClient(sim.url),
      region: "ap-guangzhou",
      request: {
        RouteTableId: "rtb-gzprod01",
        Routes: [
          {
            DestinationCidrBlock: "192.168.20.0/24",
            GatewayType: "VPN",
            GatewayId: "vpngw-gzseed01",
          },
        ],
      },
    });
    const refused = await submitDraft(TENCENT_STATIC_ROUTES);
    expect(refused.status).toBe(422);
    expect(refused.error).toMatchObject({ code: "unprocessable", reason: "routeClashes" });
    expect(refused.error?.message).toContain(
      "192.168.20.0/24 (conflict: 192.168.20.0/24 → vpngw-gzseed01)",
    );
    expect(refused.error?.issues).toEqual([
      { path: "site.routes.destinations.0", message: "lint.route.conflict" },
    ]);
    expect(refused.state).toBe("draft");
  });

  it("submits routes that do not clash (a narrower route elsewhere only warns), on both clouds", async () => {
    // 192.168.0.0/16 holds the 192.168.20.0/24 route above: the wizard's warning, not a block.
    const wider = tencentRoutedTo({
      routeTableId: "rtb-gzprod01",
      destinations: ["192.168.0.0/16"],
    });
    for (const design of [wider, ALIBABA_DESTINATION_ROUTES]) {
      const submitted = await submitDraft(design);
      expect(submitted.error).toBeUndefined();
      expect(submitted).toMatchObject({ status: 200, state: "submitted" });
    }
  });

  it("refuses (422 routeTableGone) a route table no longer in its VPC, at the field", async () => {
    const refused = await submitDraft(
      tencentRoutedTo({ routeTableId: "rtb-gone0001", destinations: ["192.168.40.0/24"] }),
    );
    expect(refused.status).toBe(422);
    expect(refused.error).toMatchObject({ code: "unprocessable", reason: "routeTableGone" });
    expect(refused.error?.message).toContain("rtb-gone0001");
    expect(refused.error?.issues).toEqual([
      { path: "site.routes.routeTableId", message: "validation.routeTableGone" },
    ]);
    expect(refused.state).toBe("draft");
  });

  it("answers 502 routeTableUnreadable when the cloud cannot be read, never a 500", async () => {
    await fetch(`${sim.url}/_sim/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        provider: "tencent",
        action: "DescribeRouteTables",
        mode: "error",
        httpStatus: 200,
        code: "UnauthorizedOperation",
        count: 10,
      }),
    });
    const refused = await submitDraft(TENCENT_STATIC_ROUTES);
    expect(refused.status).toBe(502);
    expect(refused.error).toMatchObject({ code: "cloud_error", reason: "routeTableUnreadable" });
    expect(refused.error?.message).toContain("rtb-gzprod01");
    expect(refused.error?.issues).toEqual([
      { path: "site.routes.routeTableId", message: "validation.routeTableUnreadable" },
    ]);
    expect(refused.state).toBe("draft");
  });
});
