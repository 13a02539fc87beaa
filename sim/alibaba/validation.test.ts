import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { aliRaw } from "../testing/raw";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({
    port: 0,
    quotas: { vpnGatewaysPerRegion: 2, customerGatewaysPerRegion: 2, connectionsPerGateway: 1 },
    timings: { alibabaGatewayInitMs: 100, alibabaGatewayMs: 1000, alibabaConfiguringMs: 500 },
  });
});
afterEach(() => sim.close());

async function code(action: string, params: Record<string, string>, region = "cn-hangzhou") {
  const r = await aliRaw(sim, action, params, { regionId: region });
  return r.status === 200 ? undefined : r.body.Code;
}

const gateway = { VpcId: "vpc-hzprod0001", Bandwidth: "10", InstanceChargeType: "POSTPAY" };
const conn = (over: Record<string, string> = {}) => ({
  VpnGatewayId: "vpn-hzseed0001",
  CustomerGatewayId: "cgw-hzseed0001",
  LocalSubnet: "192.168.1.0/24",
  RemoteSubnet: "10.200.0.0/16",
  ...over,
});

describe("Alibaba CreateVpnGateway / CreateCustomerGateway validation", () => {
  it("checks gateway parameters and the quota", async () => {
    expect(await code("CreateVpnGateway", { ...gateway, Bandwidth: "7" })).toBe("InvalidParameter");
    expect(await code("CreateVpnGateway", { ...gateway, Bandwidth: "ten" })).toBe(
      "InvalidParameter",
    );
    expect(await code("CreateVpnGateway", { ...gateway, VpcId: "vpc-nothere" })).toBe(
      "InvalidVpcId.NotFound",
    );
    expect(await code("CreateVpnGateway", { ...gateway, VSwitchId: "vsw-nothere" })).toBe(
      "InvalidVSwitchId.NotFound",
    );
    expect(await code("CreateVpnGateway", { ...gateway, VSwitchId: "vsw-hzdev00001" })).toBe(
      "InvalidParameter",
    );
    expect(await code("CreateVpnGateway", { ...gateway, InstanceChargeType: "PREPAY" })).toBe(
      "MissingParameter",
    );
    expect(await code("CreateVpnGateway", { ...gateway, Name: "1-starts-with-digit" })).toBe(
      "InvalidName",
    );
    expect(await code("CreateVpnGateway", { ...gateway, AutoPay: "yes" })).toBe("InvalidParameter");
    expect(await code("CreateVpnGateway", gateway)).toBeUndefined();
    expect(await code("CreateVpnGateway", gateway)).toBe("Resource.QuotaFull");
    expect(
      await code("CreateVpnGateway", { ...gateway, VpcId: "vpc-shcore0001" }, "cn-shanghai"),
    ).toBeUndefined();
  });

  it("checks customer gateway addresses, names and the quota", async () => {
    for (const ip of [
      "127.0.0.1",
      "100.64.0.1",
      "169.254.1.1",
      "224.0.0.1",
      "255.1.1.1",
      "1.2.3",
      "::1",
    ]) {
      expect(await code("CreateCustomerGateway", { IpAddress: ip })).toBe(
        "InvalidIpAddress.WrongFormat",
      );
    }
    expect(await code("CreateCustomerGateway", { IpAddress: "192.0.2.20" })).toBe(
      "InvalidIpAddress.AlreadyExist",
    );
    expect(await code("CreateCustomerGateway", { IpAddress: "192.0.2.30", Name: "http://x" })).toBe(
      "InvalidName",
    );
    expect(await code("CreateCustomerGateway", { IpAddress: "192.0.2.30", Description: "" })).toBe(
      "InvalidDescription",
    );
    expect(await code("CreateCustomerGateway", { IpAddress: "192.0.2.30", Asn: "45104" })).toBe(
      "InvalidParameter",
    );
    expect(
      await code("CreateCustomerGateway", { IpAddress: "192.0.2.30", "Tags.1.Key": "aliyun-x" }),
    ).toBe("InvalidParameter");
    expect(
      await code("CreateCustomerGateway", {
        IpAddress: "192.0.2.30",
        Asn: "1.1",
        "Tags.1.Key": "k",
        "Tags.1.Value": "v",
      }),
    ).toBeUndefined();
    expect(sim.ctx.store.state.alibaba.customerGateways.at(-1)).toMatchObject({
      Asn: 65537,
      Tags: [{ Key: "k", Value: "v" }],
    });
    expect(await code("CreateCustomerGateway", { IpAddress: "192.0.2.31" })).toBe(
      "Resource.QuotaFull",
    );
  });
});

describe("Alibaba CreateVpnConnection validation", () => {
  it("checks ids and subnets", async () => {
    expect(await code("CreateVpnConnection", conn({ VpnGatewayId: "vpn-nothere" }))).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
    expect(await code("CreateVpnConnection", conn({ CustomerGatewayId: "cgw-nothere" }))).toBe(
      "InvalidCustomerGatewayInstanceId.NotFound",
    );
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "10.200.0.1/16" }))).toBe(
      "InvalidParameter",
    );
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "192.168.50.0/24" }))).toBe(
      "InvalidRemoteSubnet.Conflict",
    );
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "10.50.1.0/24" }))).toBe(
      "InvalidRemoteSubnet.Conflict",
    );
    expect(await code("CreateVpnConnection", conn({ LocalSubnet: "10.200.1.0/24" }))).toBe(
      "InvalidRemoteSubnet.Conflict",
    );
    expect(await code("CreateVpnConnection", conn({ IkeConfig: "{not json" }))).toBe(
      "InvalidParameter",
    );
    expect(
      await code("CreateVpnConnection", conn({ IkeConfig: JSON.stringify({ IkePfs: "group24" }) })),
    ).toBe("InvalidParameter");
    expect(
      await code("CreateVpnConnection", conn({ IkeConfig: JSON.stringify({ Psk: "has space" }) })),
    ).toBe("InvalidParameter");
    expect(
      await code(
        "CreateVpnConnection",
        conn({ IpsecConfig: JSON.stringify({ IpsecPfs: "group3" }) }),
      ),
    ).toBe("InvalidParameter");
    expect(
      await code(
        "CreateVpnConnection",
        conn({ LocalSubnet: "0.0.0.0/0", RemoteSubnet: "0.0.0.0/0" }),
      ),
    ).toBeUndefined();
  });

  it("serialises connection changes on a gateway and enforces the quota", async () => {
    expect(await code("CreateVpnConnection", conn())).toBeUndefined();
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "10.201.0.0/16" }))).toBe(
      "VpnGateway.Configuring",
    );
    const id = sim.ctx.store.state.alibaba.vpnConnections[0]?.VpnConnectionId ?? "";
    expect(await code("DeleteVpnConnection", { VpnConnectionId: id })).toBe(
      "VpnGateway.Configuring",
    );
    sim.advance(500);
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "10.201.0.0/16" }))).toBe(
      "Resource.QuotaFull",
    );
    expect(await code("DeleteVpnConnection", { VpnConnectionId: "vco-nothere" })).toBe(
      "InvalidVpnConnectionInstanceId.NotFound",
    );
    expect(await code("DeleteVpnConnection", { VpnConnectionId: id })).toBeUndefined();
    expect(await code("CreateVpnConnection", conn({ RemoteSubnet: "10.201.0.0/16" }))).toBe(
      "VpnGateway.Configuring",
    );
    sim.advance(500);
    expect(
      await code("CreateVpnConnection", conn({ RemoteSubnet: "10.201.0.0/16" })),
    ).toBeUndefined();
  });

  it("finds nothing for unknown ids and pages results", async () => {
    expect(await code("DescribeVpnGateway", { VpnGatewayId: "vpn-nothere" })).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
    expect(await code("DescribeVpnGateways", { PageSize: "51" })).toBe("InvalidParameter");
    expect(await code("DescribeVpnGateways", { Status: "sleeping" })).toBe("InvalidParameter");
    const r = await aliRaw(sim, "DescribeVpcs", { PageSize: "1", PageNumber: "2" });
    expect(r.body).toMatchObject({
      TotalCount: 2,
      PageNumber: 2,
      PageSize: 1,
      Vpcs: { Vpc: [{ VpcId: "vpc-hzdev00001" }] },
    });
    const en = await aliRaw(
      sim,
      "DescribeRegions",
      { AcceptLanguage: "en-US" },
      { regionId: null },
    );
    expect(en.status).toBe(200);
  });
});
