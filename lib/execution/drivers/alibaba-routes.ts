import "server-only";
import {
  createAlibabaRouteEntry,
  createAlibabaVpnRouteEntry,
  deleteAlibabaRouteEntry,
  deleteAlibabaVpnRouteEntry,
  describeAlibabaRouteEntries,
  describeAlibabaVpnGateway,
  describeAlibabaVpnRouteEntries,
} from "@/lib/cloud/alibaba";
import { callOptions, type DriverContext, type DriverOf } from "./driver";
import { createWithToken, deleteWithToken } from "./alibaba-calls";
import { alreadyGone, gone, listedOrGone, sendDelete, stillThere } from "./deletes";
import { alibabaGatewayLock } from "./gateway-locks";

/**
 * Alibaba route steps (cloud-api-lifecycle.md §2.8, §2.10), one route per step. Route-table
 * entries are asynchronous per entry (`Creating` → `Available`, `Deleting` → gone); VPN route
 * entries put their gateway in `updating`, so they hold the gateway's lock like its connections.
 * Creates and the VPN route delete carry the step's ClientToken; DeleteRouteEntry takes none, so
 * after an uncertain attempt `lookup` looks first.
 */

/** A table's entry by id, or undefined once it (or its table) is not listed. */
async function routeEntry(
  ctx: DriverContext,
  place: { RegionId: string; RouteTableId: string; RouteEntryId: string },
) {
  const page = await describeAlibabaRouteEntries({ ...callOptions(ctx), request: place });
  return page.items.find((entry) => entry.id === place.RouteEntryId);
}

export const alibabaRouteEntry: DriverOf<"alibaba", "CreateRouteEntry"> = {
  create: createWithToken(createAlibabaRouteEntry, (answer) => answer.routeEntryId),
  async probe(ctx, current, params) {
    const entry = await routeEntry(ctx, {
      RegionId: params.RegionId,
      RouteTableId: params.RouteTableId,
      RouteEntryId: current.resourceId!,
    });
    if (!entry) {
      return {
        status: "failed",
        error: { code: "Portal.ResourceVanished", message: "The route entry is no longer listed." },
      };
    }
    return {
      status: entry.state === "available" ? "active" : "pending",
      cloudState: entry.rawState,
      outputs: { id: current.resourceId! },
    };
  },
};

/**
 * The plan names the entry and its table (the table for the look); DeleteRouteEntry is sent the
 * entry's id only, which is what the API reads first.
 */
type RouteEntryToDelete = { RegionId: string; RouteEntryId?: string; RouteTableId?: string };

async function entryToDelete(ctx: DriverContext, params: RouteEntryToDelete) {
  const { RegionId, RouteEntryId, RouteTableId } = params;
  if (!RouteEntryId || !RouteTableId) return undefined;
  return routeEntry(ctx, { RegionId, RouteTableId, RouteEntryId });
}

export const alibabaDeleteRouteEntry: DriverOf<"alibaba", "DeleteRouteEntry"> = {
  create: (ctx, params) =>
    sendDelete(params.RouteEntryId ?? "", "alibaba", "DeleteRouteEntry", async () => {
      const { RegionId, RouteEntryId } = params;
      const { requestId } = await deleteAlibabaRouteEntry({
        ...callOptions(ctx),
        request: { RegionId, RouteEntryId },
      });
      return { requestId };
    }),
  async lookup(ctx, params) {
    const entry = await entryToDelete(ctx, params);
    const id = params.RouteEntryId ?? "";
    if (!entry) return alreadyGone(id);
    if (entry.state !== "deleting") return null;
    return {
      resourceId: id,
      outputs: { deleted: true },
      cloudState: entry.rawState,
      complete: false,
    };
  },
  async probe(ctx, _current, params) {
    const entry = await entryToDelete(ctx, params);
    return entry ? stillThere(entry.rawState) : gone;
  },
};

/** The gateway's state, or undefined once it is gone. */
async function gatewayState(ctx: DriverContext, regionId: string, gatewayId: string) {
  const gateway = await listedOrGone("alibaba", "DescribeVpnGateway", async () => ({
    items: [
      (
        await describeAlibabaVpnGateway({
          ...callOptions(ctx),
          request: { RegionId: regionId, VpnGatewayId: gatewayId },
        })
      ).gateway,
    ],
  }));
  return gateway;
}

type VpnRouteKey = { RegionId: string; VpnGatewayId: string; RouteDest: string; NextHop: string };

/** Terraform's id of a VPN route entry, which has none of its own. */
const vpnRouteId = (key: VpnRouteKey) => `${key.VpnGatewayId}:${key.NextHop}:${key.RouteDest}`;

async function vpnRouteListed(ctx: DriverContext, key: VpnRouteKey) {
  const page = await describeAlibabaVpnRouteEntries({
    ...callOptions(ctx),
    request: { RegionId: key.RegionId, VpnGatewayId: key.VpnGatewayId, PageSize: 50 },
  });
  return page.items.some((route) => route.id === vpnRouteId(key));
}

export const alibabaVpnRouteEntry: DriverOf<"alibaba", "CreateVpnRouteEntry"> = {
  lockKey: alibabaGatewayLock,
  create: createWithToken(createAlibabaVpnRouteEntry, (_answer, request) => vpnRouteId(request)),
  async probe(ctx, current, params) {
    const gateway = await gatewayState(ctx, params.RegionId, params.VpnGatewayId);
    if (gateway?.state !== "available") return { status: "pending", cloudState: gateway?.rawState };
    return (await vpnRouteListed(ctx, params))
      ? { status: "active", cloudState: "normal", outputs: { id: current.resourceId! } }
      : {
          status: "failed",
          error: { code: "Portal.ResourceVanished", message: "The VPN route is no longer listed." },
        };
  },
};

export const alibabaDeleteVpnRouteEntry: DriverOf<"alibaba", "DeleteVpnRouteEntry"> = {
  lockKey: alibabaGatewayLock,
  create: (ctx, params, token) =>
    sendDelete(vpnRouteId(params), "alibaba", "DeleteVpnRouteEntry", () =>
      deleteWithToken(ctx, token, deleteAlibabaVpnRouteEntry, params),
    ),
  async probe(ctx, _current, params) {
    const gateway = await gatewayState(ctx, params.RegionId, params.VpnGatewayId);
    if (!gateway) return gone;
    if (gateway.state !== "available") return stillThere(gateway.rawState);
    return (await vpnRouteListed(ctx, params)) ? stillThere("normal") : gone;
  },
};
