import { describe, expect, it } from "vitest";
import { alibabaSdkClient, aliSdkError } from "../testing/alibaba-sdk";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";

const env = freshSimulatorEachTest();
const client = () => alibabaSdkClient({ port: env.sim.port });

interface Entry {
  RouteEntryId: string;
  DestinationCidrBlock: string;
  Type: string;
  Status: string;
  NextHops: { NextHop: { NextHopType: string; NextHopId: string }[] };
}
const entries = async (params: Record<string, unknown> = {}) =>
  (
    (await client().call("DescribeRouteEntryList", {
      RouteTableId: "vtb-hzprod0001",
      ...params,
    })) as {
      RouteEntrys: { RouteEntry: Entry[] };
    }
  ).RouteEntrys.RouteEntry;
const toGateway = (destination: string) => ({
  RouteTableId: "vtb-hzprod0001",
  DestinationCidrBlock: destination,
  NextHopType: "VpnGateway",
  NextHopId: "vpn-hzseed0001",
});

describe("Alibaba route tables", () => {
  it("seeds a system table per VPC with an entry per vSwitch", async () => {
    const listed = (await client().call("DescribeRouteTableList", { VpcId: "vpc-hzprod0001" })) as {
      TotalCount: number;
      RouterTableList: { RouterTableListType: { RouteTableId: string; RouteTableType: string }[] };
    };
    expect(listed.TotalCount).toBe(1);
    expect(listed.RouterTableList.RouterTableListType[0]).toMatchObject({
      RouteTableId: "vtb-hzprod0001",
      RouteTableType: "System",
    });
    expect(
      (await entries({ RouteEntryType: "System" })).map((e) => e.DestinationCidrBlock),
    ).toEqual(["192.168.1.0/24", "192.168.2.0/24", "100.64.0.0/10"]);
  });

  it("creates an entry toward a VPN gateway (Creating → Available) and deletes it (Deleting → gone)", async () => {
    const { RouteEntryId } = (await client().call(
      "CreateRouteEntry",
      toGateway("10.88.0.0/16"),
    )) as {
      RouteEntryId: string;
    };
    expect(RouteEntryId).toMatch(/^rte-/);
    const mine = async () => (await entries({ RouteEntryId }))[0];
    expect(await mine()).toMatchObject({
      Status: "Creating",
      Type: "Custom",
      NextHops: { NextHop: [{ NextHopType: "VpnGateway", NextHopId: "vpn-hzseed0001" }] },
    });
    expect(
      (await aliSdkError(client().call("CreateRouteEntry", toGateway("10.89.0.0/16")))).code,
    ).toBe("TaskConflict");
    expect((await aliSdkError(client().call("DeleteRouteEntry", { RouteEntryId }))).code).toBe(
      "IncorrectRouteEntryStatus",
    );
    env.sim.advance(500);
    expect((await mine())?.Status).toBe("Available");
    await client().call("DeleteRouteEntry", { RouteEntryId });
    expect((await mine())?.Status).toBe("Deleting");
    env.sim.advance(500);
    expect(await mine()).toBeUndefined();
    expect((await aliSdkError(client().call("DeleteRouteEntry", { RouteEntryId }))).code).toBe(
      "InvalidRouteEntry.NotFound",
    );
  });

  it("refuses clashes, vSwitch ranges and the services range", async () => {
    await client().call("CreateRouteEntry", toGateway("10.88.0.0/16"));
    env.sim.advance(500);
    const refused = async (params: Record<string, unknown>) =>
      (await aliSdkError(client().call("CreateRouteEntry", params))).code;
    expect(await refused(toGateway("10.88.0.0/16"))).toBe("RouterEntryConflict.Duplicated");
    expect(await refused(toGateway("192.168.1.0/25"))).toBe("InvalidParameter");
    expect(await refused(toGateway("100.64.1.0/24"))).toBe("InvalidParameter");
    expect(await refused({ ...toGateway("10.90.0.0/16"), NextHopId: "vpn-nothere01" })).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
    expect(await refused({ ...toGateway("10.90.0.0/16"), RouteTableId: "vtb-hzdev00001" })).toBe(
      "InvalidParameter",
    );
    expect(await refused({ ...toGateway("10.90.0.0/16"), DryRun: true })).toBe("DryRunOperation");
    const system = (await entries({ RouteEntryType: "System" }))[0];
    expect(
      (await aliSdkError(client().call("DeleteRouteEntry", { RouteEntryId: system?.RouteEntryId })))
        .code,
    ).toBe("InvalidParameter");
  });

  it("pages entries with MaxResult and NextToken", async () => {
    const first = (await client().call("DescribeRouteEntryList", {
      RouteTableId: "vtb-hzprod0001",
      MaxResult: 2,
    })) as { RouteEntrys: { RouteEntry: Entry[] }; NextToken: string };
    expect(first.RouteEntrys.RouteEntry).toHaveLength(2);
    const rest = await entries({ NextToken: first.NextToken });
    expect(rest).toHaveLength(1);
  });
});
