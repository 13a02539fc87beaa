import "server-only";
import {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  createAlibabaVpnGateway,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
} from "@/lib/cloud/alibaba";
import { isAlreadyGone } from "@/lib/cloud/already-gone";
import type { LedgerStep } from "../types";
import { callOptions, text, type DriverContext, type DriverOf, type ResourceProbe } from "./driver";
import { createWithToken, sendWithToken } from "./alibaba-calls";
import { alibabaGatewayLock } from "./gateway-locks";
import { activeAtOnce, vpnGatewayProbe } from "./probes";

/**
 * Alibaba creates carry the step's ClientToken, the same on every attempt for the step's whole
 * life (also after a crash): a resend answers with the first response, never a second resource.
 */

const region = (ctx: DriverContext) => ctx.step.region;

/**
 * A subscription (PREPAY) gateway sent without AutoPay is an order that waits for someone to pay
 * it (cloud-api.md §4.1 AutoPay): until then no gateway exists and Describe answers NotFound. The
 * step waits (cloud state `awaitingPayment`, the OrderId in its outputs) for as long as any
 * resource may take to become active, then fails with Portal.OrderUnpaid.
 */
function awaitingPayment(
  params: { InstanceChargeType?: string | undefined; AutoPay?: boolean | undefined },
  current: LedgerStep,
): ResourceProbe | undefined {
  const orderId = current.outputs?.orderId;
  if (params.InstanceChargeType !== "PREPAY" || params.AutoPay === true || !orderId) return;
  return {
    status: "pending",
    cloudState: "awaitingPayment",
    timeoutError: {
      code: "Portal.OrderUnpaid",
      message: `Order ${orderId} was not paid in time, so no gateway was created.`,
    },
  };
}

/** The gateway, or undefined while Describe answers that there is none (an unpaid order). */
async function listedGatewayOf(ctx: DriverContext, gatewayId: string) {
  try {
    return await gatewayOf(ctx, gatewayId);
  } catch (error) {
    if (isAlreadyGone(error, "alibaba", "DescribeVpnGateway")) return undefined;
    throw error;
  }
}

async function gatewayOf(ctx: DriverContext, gatewayId: string) {
  const { gateway } = await describeAlibabaVpnGateway({
    ...callOptions(ctx),
    request: { RegionId: region(ctx), VpnGatewayId: gatewayId },
  });
  return gateway;
}

export const alibabaVpnGateway: DriverOf<"alibaba", "CreateVpnGateway"> = {
  async create(ctx, params, token) {
    const created = await sendWithToken(ctx, token, createAlibabaVpnGateway, params);
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
  async probe(ctx, current, params) {
    const unpaid = awaitingPayment(params, current);
    if (!unpaid) return vpnGatewayProbe(await gatewayOf(ctx, current.resourceId!));
    const gateway = await listedGatewayOf(ctx, current.resourceId!);
    return gateway ? vpnGatewayProbe(gateway) : unpaid;
  },
};

export const alibabaCustomerGateway: DriverOf<"alibaba", "CreateCustomerGateway"> = {
  create: createWithToken(createAlibabaCustomerGateway, (answer) => answer.customerGateway.id, {
    cloudState: "active",
    complete: true,
  }),
  probe: activeAtOnce("active"),
};

/**
 * A connection create puts its gateway in `updating`; a second connection operation meanwhile
 * fails with VpnGateway.Configuring. The step holds the gateway's lock (`lockKey`) from before the
 * create until the connection is active and the gateway is back to `active`.
 */
export const alibabaVpnConnection: DriverOf<"alibaba", "CreateVpnConnection"> = {
  lockKey: alibabaGatewayLock,
  create: createWithToken(createAlibabaVpnConnection, (answer) => answer.connectionId),
  probe: (ctx, current, params) =>
    alibabaConnectionProbe(ctx, current.resourceId!, text(params.VpnGatewayId)),
};

/**
 * A connection after a create or a change: settled once it is available and its gateway is back
 * from `updating`; failed when it is no longer listed.
 */
export async function alibabaConnectionProbe(
  ctx: DriverContext,
  connectionId: string,
  gatewayId: string | undefined,
): Promise<ResourceProbe> {
  const page = await describeAlibabaVpnConnections({
    ...callOptions(ctx),
    request: { RegionId: region(ctx), VpnConnectionId: connectionId },
  });
  const connection = page.items[0];
  if (!connection) {
    return {
      status: "failed",
      error: { code: "Portal.ResourceVanished", message: "The connection is no longer listed." },
    };
  }
  const gateway = gatewayId ? await gatewayOf(ctx, gatewayId) : undefined;
  const settled = connection.state === "available" && gateway?.state === "available";
  return {
    status: settled ? "active" : "pending",
    cloudState: connection.rawState,
    outputs: { id: connection.id! },
  };
}
