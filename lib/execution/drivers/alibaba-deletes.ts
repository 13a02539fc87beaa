import "server-only";
import {
  deleteAlibabaCustomerGateway,
  deleteAlibabaVpnConnection,
  deleteAlibabaVpnGateway,
  describeAlibabaCustomerGateways,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
} from "@/lib/cloud/alibaba";
import { callOptions, type DriverContext, type DriverOf } from "./driver";
import { gone, keptInUse, listedOrGone, sendDelete, stillThere } from "./deletes";
import { addedGatewayId, alibabaGatewayLock } from "./gateway-locks";
import { deleteWithToken } from "./alibaba-calls";

/**
 * Alibaba deletes carry the step's ClientToken, the same on every attempt (also after a crash): a
 * resend answers like the first call, or with the action's "already gone" code. No lookup needed.
 */

/** The gateway, or undefined once DescribeVpnGateway answers that it does not exist. */
async function gatewayOf(ctx: DriverContext, regionId: string, gatewayId: string) {
  return listedOrGone("alibaba", "DescribeVpnGateway", async () => {
    const { gateway } = await describeAlibabaVpnGateway({
      ...callOptions(ctx),
      request: { RegionId: regionId, VpnGatewayId: gatewayId },
    });
    return { items: [gateway] };
  });
}

export const alibabaDeleteVpnGateway: DriverOf<"alibaba", "DeleteVpnGateway"> = {
  lockKey: alibabaGatewayLock,
  create: (ctx, params, token) =>
    sendDelete(params.VpnGatewayId, "alibaba", "DeleteVpnGateway", () =>
      deleteWithToken(ctx, token, deleteAlibabaVpnGateway, params),
    ),
  async probe(ctx, _current, params) {
    const gateway = await gatewayOf(ctx, params.RegionId, params.VpnGatewayId);
    return gateway ? stillThere(gateway.rawState) : gone;
  },
};

/**
 * Whether a connection (the link's own are deleted before) still uses the customer gateway. A
 * dual-tunnel connection names it per tunnel; if the filter misses those, the delete meets the
 * cloud's in-use refusal and the step fails with it — nothing is deleted either way.
 */
const customerGatewayInUse = async (
  ctx: DriverContext,
  params: { RegionId: string; CustomerGatewayId: string },
) =>
  (
    await describeAlibabaVpnConnections({
      ...callOptions(ctx),
      request: { RegionId: params.RegionId, CustomerGatewayId: params.CustomerGatewayId },
    })
  ).items.length > 0;

export const alibabaDeleteCustomerGateway: DriverOf<"alibaba", "DeleteCustomerGateway"> = {
  create: async (ctx, params, token) =>
    (await customerGatewayInUse(ctx, params))
      ? keptInUse(params.CustomerGatewayId)
      : sendDelete(params.CustomerGatewayId, "alibaba", "DeleteCustomerGateway", () =>
          deleteWithToken(ctx, token, deleteAlibabaCustomerGateway, params),
        ),
  async probe(ctx, _current, params) {
    const page = await describeAlibabaCustomerGateways({
      ...callOptions(ctx),
      request: { RegionId: params.RegionId, CustomerGatewayId: params.CustomerGatewayId },
    });
    return page.items.some((item) => item.id === params.CustomerGatewayId)
      ? stillThere("active")
      : gone;
  },
};

/**
 * The connection's gateway goes `updating`: the step holds the gateway's lock until the gateway is
 * back and the connection is no longer listed. Its request names the connection only, so the
 * teardown plan adds the gateway (`VpnGatewayId`) for the lock and the wait.
 */
export const alibabaDeleteVpnConnection: DriverOf<"alibaba", "DeleteVpnConnection"> = {
  lockKey: alibabaGatewayLock,
  create: (ctx, params, token) =>
    sendDelete(params.VpnConnectionId, "alibaba", "DeleteVpnConnection", () => {
      // Only the request's own fields: the plan's VpnGatewayId is for the lock and the wait.
      const { RegionId, VpnConnectionId } = params;
      return deleteWithToken(ctx, token, deleteAlibabaVpnConnection, { RegionId, VpnConnectionId });
    }),
  async probe(ctx, _current, params) {
    const gatewayId = addedGatewayId(params);
    const gateway = gatewayId ? await gatewayOf(ctx, params.RegionId, gatewayId) : undefined;
    if (gateway && gateway.state !== "available") return stillThere(gateway.rawState);
    const page = await describeAlibabaVpnConnections({
      ...callOptions(ctx),
      request: { RegionId: params.RegionId, VpnConnectionId: params.VpnConnectionId },
    });
    const connection = page.items.find((item) => item.id === params.VpnConnectionId);
    return connection ? stillThere(connection.rawState) : gone;
  },
};
