import "server-only";
import {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  createAlibabaVpnGateway,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
} from "@/lib/cloud/alibaba";
import { text, type DriverContext, type DriverOf } from "./driver";

/**
 * Alibaba creates carry the step's ClientToken, the same on every attempt for the step's whole
 * life (also after a crash): a resend answers with the first response, never a second resource.
 */

const call = (ctx: DriverContext) => ({
  client: ctx.client,
  account: ctx.step.account,
  signal: ctx.signal,
});

const region = (ctx: DriverContext) => ctx.step.region;

async function gatewayOf(ctx: DriverContext, gatewayId: string) {
  const { gateway } = await describeAlibabaVpnGateway({
    ...call(ctx),
    request: { RegionId: region(ctx), VpnGatewayId: gatewayId },
  });
  return gateway;
}

export const alibabaVpnGateway: DriverOf<"alibaba", "CreateVpnGateway"> = {
  async create(ctx, params, token) {
    const created = await createAlibabaVpnGateway({
      ...call(ctx),
      request: { ...params, ClientToken: token },
    });
    return {
      resourceId: created.gatewayId,
      outputs: {
        id: created.gatewayId,
        requestId: created.requestId,
        ...(created.orderId !== undefined ? { orderId: String(created.orderId) } : {}),
      },
      complete: false,
    };
  },
  async probe(ctx, current) {
    const gateway = await gatewayOf(ctx, current.resourceId!);
    const publicIp = gateway.publicIps[0];
    if (gateway.state === "available" && publicIp) {
      return {
        status: "active",
        cloudState: gateway.rawState,
        outputs: { id: gateway.id, publicIp },
      };
    }
    return { status: "pending", cloudState: gateway.rawState };
  },
};

export const alibabaCustomerGateway: DriverOf<"alibaba", "CreateCustomerGateway"> = {
  async create(ctx, params, token) {
    const created = await createAlibabaCustomerGateway({
      ...call(ctx),
      request: { ...params, ClientToken: token },
    });
    const id = created.customerGateway.id;
    return {
      resourceId: id,
      outputs: { id, requestId: created.requestId },
      cloudState: "active",
      complete: true,
    };
  },
  probe: async (_ctx, current) => ({
    status: "active",
    cloudState: "active",
    outputs: { id: current.resourceId! },
  }),
};

/**
 * A connection create puts its gateway in `updating`; a second connection operation meanwhile
 * fails with VpnGateway.Configuring. The step holds the gateway's lock (`lockKey`) from before the
 * create until the connection is active and the gateway is back to `active`.
 */
export const alibabaVpnConnection: DriverOf<"alibaba", "CreateVpnConnection"> = {
  lockKey: (params) => {
    const gatewayId = text(params.VpnGatewayId);
    const regionId = text(params.RegionId);
    return gatewayId && regionId ? `alibaba:${regionId}:${gatewayId}` : undefined;
  },
  async create(ctx, params, token) {
    const created = await createAlibabaVpnConnection({
      ...call(ctx),
      request: { ...params, ClientToken: token },
    });
    return {
      resourceId: created.connectionId,
      outputs: { id: created.connectionId, requestId: created.requestId },
      complete: false,
    };
  },
  async probe(ctx, current, params) {
    const page = await describeAlibabaVpnConnections({
      ...call(ctx),
      request: { RegionId: region(ctx), VpnConnectionId: current.resourceId! },
    });
    const connection = page.items[0];
    if (!connection) {
      return {
        status: "failed",
        error: { code: "Portal.ResourceVanished", message: "The connection is no longer listed." },
      };
    }
    const gatewayId = text(params.VpnGatewayId);
    const gateway = gatewayId ? await gatewayOf(ctx, gatewayId) : undefined;
    const settled = connection.state === "available" && gateway?.state === "available";
    return {
      status: settled ? "active" : "pending",
      cloudState: connection.rawState,
      outputs: { id: connection.id! },
    };
  },
};
