import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

interface Route {
  DestinationCidrBlock: string;
  GatewayType: string;
  GatewayId: string;
  RouteId: number;
  RouteItemId: string;
  RouteType: string;
}
interface Table {
  RouteTableId: string;
  VpcId: string;
  Main: boolean;
  RouteSet: Route[];
}

const client = () => tencentSdkClient({ port: sim.port });
const tables = async (params: Record<string, unknown> = {}) =>
  (await client().request("DescribeRouteTables", params)) as {
    TotalCount: number;
    RouteTableSet: Table[];
  };
const toGateway = (destination: string, gateway = "vpngw-gzseed01") => ({
  DestinationCidrBlock: destination,
  GatewayType: "VPN",
  GatewayId: gateway,
});

describe("Tencent route tables", () => {
  it("seeds a main table per VPC with a local route per CIDR block", async () => {
    const listed = await tables({ Filters: [{ Name: "vpc-id", Values: ["vpc-gzprod01"] }] });
    expect(listed.TotalCount).toBe(1);
    expect(listed.RouteTableSet[0]).toMatchObject({ RouteTableId: "rtb-gzprod01", Main: true });
    expect(
      listed.RouteTableSet[0]?.RouteSet.map((r) => [r.DestinationCidrBlock, r.RouteType]),
    ).toEqual([
      ["10.10.0.0/16", "NETD"],
      ["10.11.0.0/16", "NETD"],
    ]);
    expect((await tables()).TotalCount).toBe(2);
  });

  it("adds and deletes a route toward a VPN gateway, shown in /_sim/resources", async () => {
    const created = (await client().request("CreateRoutes", {
      RouteTableId: "rtb-gzprod01",
      Routes: [{ ...toGateway("172.18.0.0/16"), RouteDescription: "to the office" }],
    })) as { RouteTableSet: Table[] };
    const route = created.RouteTableSet[0]?.RouteSet.find((r) => r.RouteType === "USER");
    expect(route).toMatchObject({ GatewayType: "VPN", GatewayId: "vpngw-gzseed01" });
    expect(route?.RouteItemId).toMatch(/^rti-/);
    const viaVpn = await tables({
      Filters: [
        { Name: "route-table-id", Values: ["rtb-gzprod01"] },
        { Name: "vpc-id", Values: ["vpc-gzprod01"] },
        { Name: "next-hop-type", Values: ["VPN"] },
      ],
    });
    expect(viaVpn.TotalCount).toBe(1);
    const shown = (await (await fetch(`${sim.url}/_sim/resources`)).json()) as {
      resources: { type: string; id: string; data: { routes: Route[] } }[];
    };
    const table = shown.resources.find((r) => r.type === "routeTable" && r.id === "rtb-gzprod01");
    expect(table?.data.routes.map((r) => r.DestinationCidrBlock)).toContain("172.18.0.0/16");

    const deleted = (await client().request("DeleteRoutes", {
      RouteTableId: "rtb-gzprod01",
      Routes: [{ RouteId: route?.RouteId }],
    })) as { RouteSet: Route[] };
    expect(deleted.RouteSet.map((r) => r.DestinationCidrBlock)).toEqual(["172.18.0.0/16"]);
    const again = await sdkError(
      client().request("DeleteRoutes", {
        RouteTableId: "rtb-gzprod01",
        Routes: [{ RouteId: route?.RouteId }],
      }),
    );
    expect(again.code).toBe("ResourceNotFound");
  });

  it("refuses clashes with the documented codes", async () => {
    const create = (routes: unknown[], RouteTableId = "rtb-gzprod01") =>
      sdkError(client().request("CreateRoutes", { RouteTableId, Routes: routes }));
    await client().request("CreateRoutes", {
      RouteTableId: "rtb-gzprod01",
      Routes: [toGateway("172.18.0.0/16")],
    });
    expect((await create([toGateway("172.18.0.0/16")])).code).toBe(
      "InvalidParameterValue.Duplicate",
    );
    expect((await create([toGateway("10.10.5.0/24")])).code).toBe(
      "InvalidParameterValue.VpcCidrConflict",
    );
    expect((await create([toGateway("192.168.9.0/24", "vpngw-fsiseed1")])).code).toBe(
      "ResourceNotFound",
    );
    expect((await create([toGateway("192.168.9.0/24")], "rtb-gzdev001")).code).toBe(
      "InvalidParameterValue.RouteNextHopInvalid",
    );
    expect((await create([toGateway("192.168.9.0/24")], "rtb-nothere1")).code).toBe(
      "ResourceNotFound",
    );
    expect((await create([toGateway("not-a-cidr")])).code).toBe("InvalidParameterValue.Malformed");
    expect(
      (
        await sdkError(
          client().request("DeleteRoutes", {
            RouteTableId: "rtb-gzprod01",
            Routes: [{ RouteId: 1 }],
          }),
        )
      ).code,
    ).toBe("UnsupportedOperation.SystemRoute");
    expect(
      (
        await sdkError(
          client().request("DescribeRouteTables", {
            Filters: [{ Name: "next-hop-type", Values: ["VPN"] }],
          }),
        )
      ).code,
    ).toBe("InvalidParameter");
  });
});
