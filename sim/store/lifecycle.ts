import type { AliVpnConnection, AliVpnGateway, SimState, TcTask, TcVpnGateway } from "./model";

/** Lifecycle states are computed from stored times, never stored themselves. */

/** The state of a resource that is pending until `readyAt` and deleting once `deleteAt` is set. */
function timedState<
  const Names extends readonly [pending: string, ready: string, deleting: string],
>(names: Names) {
  return (resource: { readyAt: number; deleteAt?: number }, now: number): Names[number] => {
    if (resource.deleteAt !== undefined) return names[2];
    return now < resource.readyAt ? names[0] : names[1];
  };
}

/** Tencent gateways and connections. */
const tencentState = timedState(["PENDING", "AVAILABLE", "DELETING"]);
export const tcGatewayState = tencentState;
export const tcConnectionState = tencentState;

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

export const aliRouteEntryStatus = timedState(["Creating", "Available", "Deleting"]);

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
