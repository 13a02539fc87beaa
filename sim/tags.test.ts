import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "./server";
import { aliRaw, tcRaw, tcResponse } from "./testing/raw";
import { tunnel } from "./testing/tencent-validation";

/** Tags given at creation come back in the describes and in /_sim/resources, on both clouds. */

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

type Row = { provider: string; type: string; id: string; data: Record<string, unknown> };

async function resource(id: string): Promise<Row | undefined> {
  const r = await fetch(`${sim.url}/_sim/resources`);
  const { resources } = (await r.json()) as { resources: Row[] };
  return resources.find((row) => row.id === id);
}

const tags = [
  { Key: "team", Value: "network" },
  { Key: "cost-centre", Value: "" },
];

describe("tags", () => {
  it("Alibaba: customer gateways and connections keep Tags.N.Key/Value", async () => {
    const flat = { "Tags.1.Key": "team", "Tags.1.Value": "network", "Tags.2.Key": "cost-centre" };
    const cgw = await aliRaw(sim, "CreateCustomerGateway", { IpAddress: "192.0.2.50", ...flat });
    const cgwId = String(cgw.body.CustomerGatewayId);
    const cgws = await aliRaw(sim, "DescribeCustomerGateways", { CustomerGatewayId: cgwId });
    expect(cgws.body).toMatchObject({
      CustomerGateways: { CustomerGateway: [{ Tags: { Tag: tags } }] },
    });

    const conn = await aliRaw(sim, "CreateVpnConnection", {
      VpnGatewayId: "vpn-hzseed0001",
      CustomerGatewayId: cgwId,
      LocalSubnet: "192.168.1.0/24",
      RemoteSubnet: "10.200.0.0/16",
      ...flat,
    });
    const connId = String(conn.body.VpnConnectionId);
    const conns = await aliRaw(sim, "DescribeVpnConnections", { VpnConnectionId: connId });
    expect(conns.body).toMatchObject({
      VpnConnections: { VpnConnection: [{ Tags: { Tag: tags } }] },
    });

    expect((await resource(cgwId))?.data).toMatchObject({ Tags: tags });
    expect((await resource(connId))?.data).toMatchObject({ Tags: tags });
  });

  it("Tencent: gateways, customer gateways and connections return Tags as TagSet", async () => {
    const call = async (action: string, params: unknown) =>
      tcResponse(await tcRaw(sim, action, params));
    const gw = (await call("CreateVpnGateway", {
      VpcId: "vpc-gzprod01",
      VpnGatewayName: "tagged-gw",
      InternetMaxBandwidthOut: 10,
      Tags: tags,
    })) as { VpnGateway: { VpnGatewayId: string } };
    const cgw = (await call("CreateCustomerGateway", {
      CustomerGatewayName: "tagged-cgw",
      IpAddress: "192.0.2.51",
      Tags: [{ Key: "team" }],
    })) as { CustomerGateway: { CustomerGatewayId: string } };
    const created = await call("CreateVpnConnection", tunnel({ Tags: tags }));
    expect(created.Error).toBeUndefined();

    const gws = await call("DescribeVpnGateways", {
      VpnGatewayIds: [gw.VpnGateway.VpnGatewayId],
    });
    expect(gws).toMatchObject({ VpnGatewaySet: [{ TagSet: tags }] });
    const cgws = await call("DescribeCustomerGateways", {
      CustomerGatewayIds: [cgw.CustomerGateway.CustomerGatewayId],
    });
    expect(cgws).toMatchObject({ CustomerGatewaySet: [{ TagSet: [{ Key: "team", Value: "" }] }] });
    const conns = (await call("DescribeVpnConnections", {
      Filters: [{ Name: "vpn-connection-name", Values: ["t1"] }],
    })) as { VpnConnectionSet: { VpnConnectionId: string; TagSet: unknown }[] };
    expect(conns.VpnConnectionSet).toHaveLength(1);
    expect(conns.VpnConnectionSet[0]?.TagSet).toEqual(tags);

    expect((await resource(gw.VpnGateway.VpnGatewayId))?.data).toMatchObject({ TagSet: tags });
    const connId = conns.VpnConnectionSet[0]!.VpnConnectionId;
    expect((await resource(connId))?.data).toMatchObject({ TagSet: tags });
  });
});
