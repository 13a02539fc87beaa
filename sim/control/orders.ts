import { z } from "zod";
import type { SimContext } from "../context";
import { CloudApiError } from "../http/cloud-error";

export const payOrderBodySchema = z.strictObject({ OrderId: z.number().int().positive() });

/**
 * Pays an unpaid subscription order (what a person does in the console): its gateway starts to
 * exist now, as a gateway created now would (provisioning, then active; its term from now).
 * An unknown or lapsed order is a conflict.
 */
export function payOrder(ctx: SimContext, body: z.infer<typeof payOrderBodySchema>) {
  const ali = ctx.store.state.alibaba;
  const now = ctx.clock.now();
  const order = ali.unpaidOrders.find((o) => o.OrderId === body.OrderId);
  if (!order) throw new CloudApiError("Order.NotFound", `No unpaid order ${body.OrderId}.`, 404);
  if (now >= order.lapsesAt)
    throw new CloudApiError("Order.Lapsed", `Order ${body.OrderId} lapsed unpaid.`, 409);
  ali.unpaidOrders = ali.unpaidOrders.filter((o) => o !== order);
  const shift = now - order.gateway.createdAt;
  const gw = order.gateway;
  ali.vpnGateways.push({
    ...gw,
    createdAt: now,
    initUntil: gw.initUntil + shift,
    readyAt: gw.readyAt + shift,
    busyUntil: gw.busyUntil + shift,
    ...(gw.endsAt === undefined ? {} : { endsAt: gw.endsAt + shift }),
  });
  return { OrderId: order.OrderId, VpnGatewayId: gw.VpnGatewayId };
}
