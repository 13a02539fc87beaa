import { describe, expect, it } from "vitest";
import {
  ALIBABA_DESTINATION_ROUTES,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_ON_PREM,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import { routeClashes } from "../routes/route-clashes";
import { stepOfPath, type FormValues } from "./form-values";
import { isRouteBased, NEW_GATEWAY, remoteNetworks, wantedRoutes } from "./site-routes";

const form = (design: unknown) => design as FormValues;

describe("the wizard's routes section", () => {
  it("proposes the remote side's protected networks as destinations (0.0.0.0/0 left out)", () => {
    expect(remoteNetworks(form(TENCENT_ON_PREM), { prefix: "site", provider: "tencent" })).toEqual([
      "192.168.10.0/24",
      "192.168.11.0/24",
    ]);
    expect(remoteNetworks(form(ALIBABA_TUNNEL), { prefix: "site", provider: "alibaba" })).toEqual([
      "172.31.0.0/16",
    ]);
    expect(
      remoteNetworks(form(ALIBABA_DESTINATION_ROUTES), { prefix: "site", provider: "alibaba" }),
    ).toEqual([]);
    expect(
      remoteNetworks(form(CLOUD_TO_CLOUD_ROUTED), { prefix: "tencent", provider: "tencent" }),
    ).toEqual(["192.168.0.0/16"]);
    expect(
      remoteNetworks(form(CLOUD_TO_CLOUD_ROUTED), { prefix: "alibaba", provider: "alibaba" }),
    ).toEqual(["10.10.0.0/16"]);
  });

  it("knows a route-based tunnel (Tencent StaticRoute, also by default; Alibaba destination-route mode)", () => {
    const tencent = { prefix: "site", provider: "tencent" } as const;
    const alibaba = { prefix: "site", provider: "alibaba" } as const;
    expect(isRouteBased(form(TENCENT_STATIC_ROUTES), tencent)).toBe(true);
    expect(isRouteBased(form(TENCENT_ON_PREM), tencent)).toBe(false);
    const noRouteType = structuredClone(TENCENT_ON_PREM) as {
      site: { tunnel: { params: { RouteType?: string } } };
    };
    delete noRouteType.site.tunnel.params.RouteType;
    expect(isRouteBased(form(noRouteType), tencent)).toBe(true);
    expect(isRouteBased(form(ALIBABA_DESTINATION_ROUTES), alibaba)).toBe(true);
    expect(isRouteBased(form(ALIBABA_TUNNEL), alibaba)).toBe(false);
  });

  it("judges the wanted routes against the table: a new gateway's route to a taken destination is a conflict", () => {
    const wanted = wantedRoutes(form(TENCENT_STATIC_ROUTES), {
      prefix: "site",
      provider: "tencent",
    });
    expect(wanted).toEqual([
      { destination: "192.168.20.0/24", gatewayId: NEW_GATEWAY },
      { destination: "192.168.21.0/24", gatewayId: NEW_GATEWAY },
    ]);
    const clashes = routeClashes(wanted, [
      { destination: "10.10.0.0/16", nextHopId: "Local", system: true },
      { destination: "192.168.21.0/24", nextHopId: "vpngw-other01" },
    ]);
    expect(clashes.map((c) => `${c.index} ${c.rule} ${c.severity}`)).toEqual(["1 conflict block"]);
    // An existing gateway's own route is a duplicate, not a conflict.
    const existing = wantedRoutes(form(ALIBABA_DESTINATION_ROUTES), {
      prefix: "site",
      provider: "alibaba",
    });
    expect(
      routeClashes(existing, [{ destination: "172.30.0.0/16", nextHopId: "vpn-hzseed0001" }]).map(
        (c) => c.rule,
      ),
    ).toEqual(["duplicate"]);
  });

  it("edits a side's routes on the tunnel step", () => {
    expect(stepOfPath("site.routes.destinations.0")).toBe("tunnel");
    expect(stepOfPath("alibaba.routes.routeTableId")).toBe("tunnel");
  });
});
