import type {
  AliVpnConnection,
  AliVpnGateway,
  SimState,
  TcTask,
  TcVpnConnection,
  TcVpnGateway,
} from "./model";

/** Lifecycle states are computed from stored times, never stored themselves. */

export function tcGatewayState(gw: TcVpnGateway, now: number): "PENDING" | "AVAILABLE" {
  return now < gw.readyAt ? "PENDING" : "AVAILABLE";
}

export function tcConnectionState(
  conn: TcVpnConnection,
  now: number,
): "PENDING" | "AVAILABLE" | "DELETING" {
  if (conn.deleteAt !== undefined) return "DELETING";
  return now < conn.readyAt ? "PENDING" : "AVAILABLE";
}

export function tcTaskStatus(task: TcTask, now: number): "RUNNING" | "SUCCESS" {
  return now < task.doneAt ? "RUNNING" : "SUCCESS";
}

export type AliGatewayStatus = "init" | "provisioning" | "active" | "updating";

export function aliGatewayStatus(gw: AliVpnGateway, now: number): AliGatewayStatus {
  if (now < gw.initUntil) return "init";
  if (now < gw.readyAt) return "provisioning";
  if (now < gw.busyUntil) return "updating";
  return "active";
}

export function aliConnectionState(conn: AliVpnConnection, now: number): "init" | "active" {
  return now < conn.readyAt ? "init" : "active";
}

const TASK_TTL_MS = 24 * 3600_000;
const CLIENT_TOKEN_TTL_MS = 24 * 3600_000;

/** Applies finished work: removes deleted connections, forgets old tasks and client tokens. Returns true if anything changed. */
export function sweep(state: SimState, now: number): boolean {
  const before =
    state.tencent.vpnConnections.length +
    state.tencent.tasks.length +
    state.alibaba.clientTokens.length;
  state.tencent.vpnConnections = state.tencent.vpnConnections.filter(
    (c) => c.deleteAt === undefined || now < c.deleteAt,
  );
  state.tencent.tasks = state.tencent.tasks.filter((t) => now < t.doneAt + TASK_TTL_MS);
  state.alibaba.clientTokens = state.alibaba.clientTokens.filter(
    (t) => now < t.createdAt + CLIENT_TOKEN_TTL_MS,
  );
  const after =
    state.tencent.vpnConnections.length +
    state.tencent.tasks.length +
    state.alibaba.clientTokens.length;
  return before !== after;
}
