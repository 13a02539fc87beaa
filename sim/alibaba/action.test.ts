import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { SimContext } from "../context";
import { alibabaIdempotentAction, type AliActionInput } from "./action";

const action = alibabaIdempotentAction({
  ratePerMinute: 120,
  params: { VpnGatewayId: z.string().min(1) },
  run: (p) => ({ got: p }),
});

const input = (params: Record<string, string>): AliActionInput => ({
  params,
  region: "cn-hangzhou",
  requestId: "req",
  ctx: {} as SimContext,
  now: 0,
  ali: {} as AliActionInput["ali"],
});

describe("alibabaIdempotentAction", () => {
  it("is a state-changing action that honours ClientToken", () => {
    expect(action).toMatchObject({ mutates: true, idempotent: true, ratePerMinute: 120 });
  });

  it("checks its parameters and the ClientToken rule before run", () => {
    expect(action.run(input({ VpnGatewayId: "vpn-1", ClientToken: "t-1" }))).toEqual({
      got: { VpnGatewayId: "vpn-1", ClientToken: "t-1" },
    });
    expect(() => action.run(input({ ClientToken: "t-1" }))).toThrow("VpnGatewayId");
    expect(() => action.run(input({ VpnGatewayId: "vpn-1", ClientToken: "x".repeat(65) }))).toThrow(
      "ClientToken",
    );
  });
});
