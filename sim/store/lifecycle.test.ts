import { describe, expect, it } from "vitest";
import {
  aliConnectionState,
  aliGatewayStatus,
  sweep,
  tcConnectionState,
  tcGatewayState,
  tcTaskStatus,
} from "./lifecycle";
import type {
  AliVpnConnection,
  AliVpnGateway,
  TcTask,
  TcVpnConnection,
  TcVpnGateway,
} from "./model";
import { seedState } from "./seed";

describe("lifecycle", () => {
  it("Tencent gateway PENDING → AVAILABLE, connection PENDING → AVAILABLE → DELETING", () => {
    const gw = { readyAt: 100 } as TcVpnGateway;
    expect(tcGatewayState(gw, 99)).toBe("PENDING");
    expect(tcGatewayState(gw, 100)).toBe("AVAILABLE");
    const conn = { readyAt: 100 } as TcVpnConnection;
    expect(tcConnectionState(conn, 50)).toBe("PENDING");
    expect(tcConnectionState(conn, 150)).toBe("AVAILABLE");
    expect(tcConnectionState({ ...conn, deleteAt: 200 }, 150)).toBe("DELETING");
    expect(tcTaskStatus({ doneAt: 10 } as TcTask, 9)).toBe("RUNNING");
    expect(tcTaskStatus({ doneAt: 10 } as TcTask, 10)).toBe("SUCCESS");
  });

  it("Alibaba gateway init → provisioning → active → updating → active", () => {
    const gw = { initUntil: 10, readyAt: 20, busyUntil: 20 } as AliVpnGateway;
    expect(aliGatewayStatus(gw, 5)).toBe("init");
    expect(aliGatewayStatus(gw, 15)).toBe("provisioning");
    expect(aliGatewayStatus(gw, 20)).toBe("active");
    expect(aliGatewayStatus({ ...gw, busyUntil: 30 }, 25)).toBe("updating");
    expect(aliConnectionState({ readyAt: 5 } as AliVpnConnection, 4)).toBe("init");
    expect(aliConnectionState({ readyAt: 5 } as AliVpnConnection, 5)).toBe("active");
  });

  it("sweep removes finished deletions", () => {
    const state = seedState();
    const seeded = state.tencent.vpnConnections.length;
    state.tencent.vpnConnections.push(
      { deleteAt: 10 } as TcVpnConnection,
      { readyAt: 0 } as TcVpnConnection,
    );
    expect(sweep(state, 5)).toBe(false);
    expect(sweep(state, 10)).toBe(true);
    expect(state.tencent.vpnConnections).toHaveLength(seeded + 1);
  });
});
