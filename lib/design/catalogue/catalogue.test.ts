import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATALOGUE, FALLBACK_RATE_LIMITS, type ActionEntry } from "./index";

const providers = ["tencent", "alibaba"] as const;
const entriesOf = (provider: (typeof providers)[number]): [string, ActionEntry][] =>
  Object.entries(CATALOGUE[provider]);

describe("provider action catalogue", () => {
  it.each(providers)(
    "%s: every action it waits with is a Describe call it can make",
    (provider) => {
      for (const [action, entry] of entriesOf(provider)) {
        if (!("waitWith" in entry) || !entry.waitWith) continue;
        for (const follow of entry.waitWith) {
          const target = entriesOf(provider).find(([name]) => name === follow)?.[1];
          expect(
            target && "idempotency" in target ? target.idempotency : undefined,
            `${action} → ${follow}`,
          ).toBe("read");
        }
      }
    },
  );

  it.each(providers)("%s: creates are made safe the way the cloud allows", (provider) => {
    const creates = entriesOf(provider).filter(
      ([action, entry]) => action.startsWith("Create") && "idempotency" in entry,
    );
    expect(creates.length).toBeGreaterThan(0);
    for (const [, entry] of creates) {
      expect("idempotency" in entry && entry.idempotency).toBe(
        provider === "tencent" ? "lookupAndAdopt" : "clientToken",
      );
    }
  });

  it.each(providers)(
    "%s: exactly the lookup-and-adopt creates name the codes that say the resource exists",
    (provider) => {
      for (const [action, entry] of entriesOf(provider)) {
        if (!("idempotency" in entry)) continue;
        const codes = entry.alreadyExists ?? [];
        if (entry.idempotency === "lookupAndAdopt") expect(codes.length, action).toBeGreaterThan(0);
        else expect(codes, action).toEqual([]);
      }
    },
  );

  it.each(providers)(
    "%s: every delete names its already-gone codes and ends by not finding its resource",
    (provider) => {
      const deletes = entriesOf(provider).filter(
        ([action, entry]) => action.startsWith("Delete") && "request" in entry,
      );
      expect(deletes.length).toBeGreaterThanOrEqual(3);
      for (const [action, entry] of deletes) {
        if (!("request" in entry)) continue;
        expect(entry.alreadyGone?.length, action).toBeGreaterThan(0);
        // The Describe of the same resource: Routes → RouteTables, RouteEntry → RouteEntryList.
        const stem = action.slice("Delete".length).replace(/(s|y)$/, "");
        expect(entry.waitWith?.at(-1), action).toMatch(new RegExp(`^Describe${stem}`));
        // Resent safely exactly where the request takes a ClientToken (Alibaba's, not all).
        const params = entry.request instanceof z.ZodObject ? Object.keys(entry.request.shape) : [];
        expect(entry.idempotency, action).toBe(
          params.includes("ClientToken") ? "clientToken" : "none",
        );
      }
    },
  );

  it.each(providers)(
    "%s: only deletes and the Describes they end with can answer already-gone",
    (provider) => {
      const endings = new Set(
        entriesOf(provider).flatMap(([action, entry]) =>
          action.startsWith("Delete") && "waitWith" in entry ? [entry.waitWith?.at(-1)] : [],
        ),
      );
      for (const [action, entry] of entriesOf(provider)) {
        if (!("alreadyGone" in entry) || !entry.alreadyGone) continue;
        expect(action.startsWith("Delete") || endings.has(action), action).toBe(true);
        expect(entry.alreadyGone.length, action).toBeGreaterThan(0);
      }
    },
  );

  it.each(providers)(
    "%s: every plan step has a Terraform resource; only gateways give a public IP",
    (provider) => {
      for (const [action, entry] of entriesOf(provider)) {
        if (!("step" in entry) || !entry.step || entry.step.deletes || entry.step.modifies)
          continue;
        expect(entry.step.terraform.type, action).toMatch(/^(tencentcloud|alicloud)_/);
        expect(entry.step.outputs.includes("publicIp"), action).toBe(
          entry.step.kind === "vpnGateway",
        );
        expect(Boolean(entry.step.terraform.outputs?.publicIp), action).toBe(
          entry.step.kind === "vpnGateway",
        );
      }
    },
  );

  it.each(providers)(
    "%s: every delete step is a full delete entry that gives nothing to later steps",
    (provider) => {
      const deleteSteps = [...entriesOf(provider)].filter(
        ([, entry]) => "step" in entry && entry.step?.deletes === true,
      );
      expect(deleteSteps.map(([action]) => action).sort()).toEqual(
        [
          "DeleteCustomerGateway",
          "DeleteVpnConnection",
          "DeleteVpnGateway",
          ...(provider === "tencent"
            ? ["DeleteRoutes", "DeleteVpnGatewayRoutes"]
            : ["DeleteRouteEntry", "DeleteVpnRouteEntry"]),
        ].sort(),
      );
      for (const [action, entry] of deleteSteps) {
        if (!("step" in entry) || !entry.step) continue;
        expect(entry.step.outputs, action).toEqual([]);
        expect(entry.alreadyGone?.length, action).toBeGreaterThan(0);
        expect(entry.waitWith?.length, action).toBeGreaterThan(0);
        expect(entry.busy?.length, action).toBeGreaterThan(0);
      }
    },
  );

  it("counts each provider's limits in one window (Tencent per second, Alibaba per minute)", () => {
    for (const provider of providers) {
      for (const [, entry] of entriesOf(provider)) {
        expect(entry.rateLimit.max).toBeGreaterThan(0);
        expect(entry.rateLimit.perMs).toBe(FALLBACK_RATE_LIMITS[provider].perMs);
      }
    }
  });
});
