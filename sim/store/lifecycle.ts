import type {
  AliRouteEntry,
  AliVpnConnection,
  AliVpnGateway,
  SimState,
  TcTask,
  TcVpnConnection,
  TcVpnGateway,
} from "./model";

/** Lifecycle states are computed from stored times, never stored themselves. */

export function tcGatewayState(
  gw: TcVpnGateway,
  now: number,
): "PENDING" | "AVAILABLE" | "DELETING" {
  if (gw.deleteAt !== undefined) return "DELETING";
  return now < gw.readyAt ? "PENDING" : "AVAILABLE";
}

export function tcConnectionState(
  conn: TcVpnConnection,
  now: number,
): "PENDING" | "AVAILABLE" | "DELETING" {
  if (conn.deleteAt !== undefined) return "DELETING";
  return now < conn.readyAt ? "PENDING" : "AVAILABLE";
}

/** A PREPAID gateway's charge type: it turns POSTPAID_BY_HOUR at the end of its term once switched. */
export function tcChargeType(gw: TcVpnGateway, now: number): string {
  const switched = gw.NewPurchasePlan === "PREPAID_TO_POSTPAID";
  return switched && now >= (gw.expiresAt ?? 0) ? "POSTPAID_BY_HOUR" : gw.InstanceChargeType;
}

export function tcTaskStatus(task: TcTask, now: number): "RUNNING" | "SUCCESS" {
  return now < task.doneAt ? "RUNNING" : "SUCCESS";
}

export type AliGatewayStatus = "init" | "provisioning" | "active" | "updating" | "deleting";

export function aliGatewayStatus(gw: AliVpnGateway, now: number): AliGatewayStatus {
  if (gw.deleteAt !== undefined) return "deleting";
  if (now < gw.initUntil) return "init";
  if (now < gw.readyAt) return "provisioning";
  if (now < gw.busyUntil) return "updating";
  return "active";
}

export function aliConnectionState(conn: AliVpnConnection, now: number): "init" | "active" {
  return now < conn.readyAt ? "init" : "active";
}

export function aliRouteEntryStatus(
  entry: AliRouteEntry,
  now: number,
): "Creating" | "Available" | "Deleting" {
  if (entry.deleteAt !== undefined) return "Deleting";
  return now < entry.readyAt ? "Creating" : "Available";
}

const TASK_TTL_MS = 24 * 3600_000;
const CLIENT_TOKEN_TTL_MS = 24 * 3600_000;

const stillThere = (now: number) => (r: { deleteAt?: number }) =>
  r.deleteAt === undefined || now < r.deleteAt;

/** Applies finished work: removes deleted resources, forgets old tasks and client tokens. Returns true if anything changed. */
export function sweep(state: SimState, now: number): boolean {
  const { tencent: tc, alibaba: ali } = state;
  const count = () =>
    tc.vpnConnections.length +
    tc.vpnGateways.length +
    tc.tasks.length +
    ali.vpnGateways.length +
    ali.routeEntries.length +
    ali.clientTokens.length;
  const before = count();
  tc.vpnConnections = tc.vpnConnections.filter(stillThere(now));
  tc.vpnGateways = tc.vpnGateways.filter(stillThere(now));
  tc.tasks = tc.tasks.filter((t) => now < t.doneAt + TASK_TTL_MS);
  ali.vpnGateways = ali.vpnGateways.filter(stillThere(now));
  ali.routeEntries = ali.routeEntries.filter(stillThere(now));
  ali.clientTokens = ali.clientTokens.filter((t) => now < t.createdAt + CLIENT_TOKEN_TTL_MS);
  return before !== count();
}
