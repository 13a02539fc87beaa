import { describe, expect, it } from "vitest";
import type { SimContext } from "../context";
import { tencentDescribe } from "./describe";
import { TcError } from "./errors";

const rows = [
  { region: "ap-guangzhou", VpnGatewayId: "vpngw-1", Zone: "a" },
  { region: "ap-guangzhou", VpnGatewayId: "vpngw-2", Zone: "b" },
  { region: "ap-shanghai", VpnGatewayId: "vpngw-3", Zone: "a" },
];

const action = tencentDescribe<(typeof rows)[number]>({
  idField: "VpnGatewayId",
  checkId: (id) => {
    if (!id.startsWith("vpngw-"))
      throw new TcError("InvalidVpnGatewayId.Malformed", `${id} is malformed`);
  },
  rows: () => rows,
  fieldFilters: ["Zone"],
  filters: () => ({ "zone-upper": (g) => g.Zone.toUpperCase() }),
  setName: "VpnGatewaySet",
  view: (g) => g.VpnGatewayId,
});

const ctx = { store: { state: { tencent: {} } } } as unknown as SimContext;
const run = (params: unknown) =>
  action.run({
    params,
    region: "ap-guangzhou",
    requestId: "r",
    ctx,
    now: 0,
    tc: ctx.store.state.tencent,
  });

describe("tencentDescribe", () => {
  it("answers only the rows of the call's region", () => {
    expect(run({})).toEqual({ TotalCount: 2, VpnGatewaySet: ["vpngw-1", "vpngw-2"] });
  });

  it("selects by the id field's …Ids parameter, field filters and computed filters", () => {
    expect(run({ VpnGatewayIds: ["vpngw-2", "vpngw-3"] })).toEqual({
      TotalCount: 1,
      VpnGatewaySet: ["vpngw-2"],
    });
    expect(run({ Filters: [{ Name: "vpn-gateway-id", Values: ["vpngw-1"] }] })).toEqual({
      TotalCount: 1,
      VpnGatewaySet: ["vpngw-1"],
    });
    expect(run({ Filters: [{ Name: "zone", Values: ["a"] }] })).toEqual({
      TotalCount: 1,
      VpnGatewaySet: ["vpngw-1"],
    });
    expect(run({ Filters: [{ Name: "zone-upper", Values: ["B"] }] })).toEqual({
      TotalCount: 1,
      VpnGatewaySet: ["vpngw-2"],
    });
  });

  it("checks the ids asked for and refuses ids together with filters", () => {
    expect(() => run({ VpnGatewayIds: ["gw-1"] })).toThrow("gw-1 is malformed");
    expect(() =>
      run({ VpnGatewayIds: ["vpngw-1"], Filters: [{ Name: "zone", Values: ["a"] }] }),
    ).toThrow("`VpnGatewayIds` and `Filters`");
    expect(() => run({ Filters: [{ Name: "vpn-gateway-name", Values: ["x"] }] })).toThrow(
      "`vpn-gateway-name` is not supported",
    );
  });
});
