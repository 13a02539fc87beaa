import { describe, expect, it } from "vitest";
import { listLinks } from "@/lib/data/link-list";
import { parseLinkQuery } from "@/lib/schemas/link/link-query";
import { ALIBABA_GATEWAY } from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { createApprovedLink } from "@/test/execution/approve-link";
import { executionEnvFor } from "@/test/execution/execution-env";
import {
  auditTrail,
  ledgerOf,
  named,
  setExecutionTestEnv,
  simResources,
  waitForLinkState,
} from "@/test/execution/harness";
import { pollUntil } from "@/test/kit";

setExecutionTestEnv();

/**
 * A PREPAY Alibaba gateway without AutoPay is an unpaid order (cloud-api.md §4.1): no gateway
 * until someone pays it. The executor waits, showing the order; paid → the link is active; never
 * paid within the wait → the step fails with Portal.OrderUnpaid. Real simulator, real database.
 */

function unpaidDesign(): LinkDesignInput {
  const design = ALIBABA_GATEWAY;
  if (design.kind !== "gateway" || design.site.provider !== "alibaba") throw new Error("alibaba");
  const params = { Name: "hz-unpaid", Bandwidth: 20, InstanceChargeType: "PREPAY" as const };
  return {
    ...design,
    site: {
      ...design.site,
      gateway: { mode: "new", params: { ...params, Period: 1, AutoPay: false } },
    },
  };
}
const UNPAID = unpaidDesign();

/** A database, a simulator and a worker whose wait for a resource lasts `activeTimeoutMs`. */
const unpaidOrderEnv = (activeTimeoutMs: number) =>
  executionEnvFor("pglite", `owner-${activeTimeoutMs}@unpaid.test`, { activeTimeoutMs });

/** An approved unpaid-order link, once its gateway step waits for payment; its order id. */
async function awaitingOrder(env: ReturnType<typeof unpaidOrderEnv>) {
  const { db } = env.handle;
  const { linkId, executionId } = await createApprovedLink({
    db,
    design: UNPAID,
    owner: env.owner,
  });
  const step = await pollUntil(
    async () => (await ledgerOf(db, executionId))[0],
    (row) => row?.cloudState === "awaitingPayment",
    { reason: "the gateway step waiting for payment" },
  );
  const orderId = (step!.outputs as { orderId?: string }).orderId;
  expect(orderId).toMatch(/^\d+$/);
  return { db, linkId, executionId, orderId: orderId! };
}

describe("an unpaid subscription order, paid", () => {
  const env = unpaidOrderEnv(60_000);

  it("waits showing the order, and goes on once the order is paid", async () => {
    const { db, linkId, executionId, orderId } = await awaitingOrder(env);
    // The links list finds the link by its order id, and lists it with the link's ids.
    const found = await listLinks({ db, query: parseLinkQuery({ search: orderId }) });
    expect(found.links.map((link) => [link.id, link.resourceIds.includes(orderId)])).toEqual([
      [linkId, true],
    ]);
    // No gateway exists while the order waits.
    expect(named(await simResources(env.sim.url), "vpnGateway", "hz-unpaid")).toEqual([]);
    expect((await ledgerOf(db, executionId))[0]!.state).toBe("waiting");

    const paid = await fetch(`${env.sim.url}/_sim/orders/pay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ OrderId: Number(orderId) }),
    });
    expect(paid.status).toBe(200);
    expect(await waitForLinkState(db, linkId, ["active", "failed"])).toBe("active");
    const [gateway] = named(await simResources(env.sim.url), "vpnGateway", "hz-unpaid");
    expect(gateway?.data).toMatchObject({ ChargeType: "Prepay" });
    // The subscription's end, as DescribeVpnGateway's EndTime reports it.
    const [step] = await ledgerOf(db, executionId);
    expect(new Date((step!.outputs as { prepaidUntil: string }).prepaidUntil).getTime()).toBe(
      gateway!.data.endsAt,
    );
    const trail = await auditTrail(db, linkId);
    expect(trail.find((e) => e.action === "execution.step_done")?.payload).toMatchObject({
      resourceId: gateway!.id,
      orderId,
    });
    // The owner is told once that the order waits (the notification outbox reads this row).
    expect(
      trail.filter((e) => e.action === "execution.awaiting_payment").map((e) => e.payload),
    ).toEqual([{ executionId, stepId: expect.any(String), orderId }]);
  });
});

describe("an unpaid subscription order, never paid", () => {
  const env = unpaidOrderEnv(1_500);

  it("fails the step with Portal.OrderUnpaid naming the order, audited", async () => {
    const { db, linkId, executionId, orderId } = await awaitingOrder(env);
    expect(await waitForLinkState(db, linkId, ["active", "failed"])).toBe("failed");
    const [step] = await ledgerOf(db, executionId);
    expect(step).toMatchObject({
      state: "failed",
      lastError: {
        code: "Portal.OrderUnpaid",
        message: `Order ${orderId} was not paid in time, so no gateway was created.`,
      },
    });
    const trail = await auditTrail(db, linkId);
    expect(trail.map((e) => e.action).slice(-2)).toEqual(["execution.step_failed", "link.failed"]);
    expect(JSON.stringify(trail.at(-2)!.payload)).toContain("Portal.OrderUnpaid");
  });
});
