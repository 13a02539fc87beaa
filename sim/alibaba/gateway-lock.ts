import type { SimContext } from "../context";
import { aliGatewayStatus } from "../store/lifecycle";
import type { AliVpnGateway } from "../store/model";
import { AliError } from "./errors";

/** One change at a time per gateway, and none before it is active. */
export function assertGatewayIdle(gw: AliVpnGateway, now: number): void {
  const status = aliGatewayStatus(gw, now);
  if (status !== "active") {
    throw new AliError(
      "VpnGateway.Configuring",
      `The VPN gateway "${gw.VpnGatewayId}" is ${status}; retry when it is active.`,
    );
  }
}

/** Starts an asynchronous change on an idle gateway: `updating` for the configured time. */
export function startGatewayChange(gw: AliVpnGateway, ctx: SimContext, now: number): void {
  assertGatewayIdle(gw, now);
  gw.busyUntil = now + ctx.timings.alibabaConfiguringMs;
}
