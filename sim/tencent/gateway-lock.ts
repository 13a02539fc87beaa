import type { SimContext } from "../context";
import { tcConnectionState } from "../store/lifecycle";
import type { SimState, TcVpnConnection, TcVpnGateway } from "../store/model";
import { TcError } from "./errors";

/**
 * One tunnel task at a time per gateway: while another tunnel of it is being created or deleted,
 * or a change runs on it, a mutating call answers MutexOperationTaskRunning.
 */
export function assertNoTaskRunning(
  tc: SimState["tencent"],
  gw: TcVpnGateway,
  now: number,
  except?: TcVpnConnection,
): void {
  const busy = tc.vpnConnections.find(
    (c) =>
      c !== except &&
      c.VpnGatewayId === gw.VpnGatewayId &&
      tcConnectionState(c, now) !== "AVAILABLE",
  );
  const changing = (gw.busyUntil ?? 0) > now;
  if (busy || changing) {
    const what = busy ? `tunnel \`${busy.VpnConnectionId}\`` : "a tunnel change";
    throw new TcError(
      "UnsupportedOperation.MutexOperationTaskRunning",
      `Another task is running on gateway \`${gw.VpnGatewayId}\` (${what}); retry later.`,
    );
  }
}

/** Starts a tunnel change on the gateway; it settles after the tunnel timing. */
export function startTunnelChange(gw: TcVpnGateway, ctx: SimContext, now: number): void {
  gw.busyUntil = now + ctx.timings.tencentConnectionMs;
}
