import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { alibabaSdkClient, aliSdkError, type AlibabaSignature } from "../testing/alibaba-sdk";

let sim: RunningSimulator;

beforeEach(async () => {
  sim = await startSimulator({
    port: 0,
    timings: { alibabaGatewayInitMs: 1000, alibabaGatewayMs: 5000, alibabaConfiguringMs: 2000 },
  });
});
afterEach(() => sim.close());

describe.each<AlibabaSignature>(["acs3", "v1"])(
  "Alibaba side with the official SDK (%s)",
  (signature) => {
    it("runs the whole VPN workflow through every state", async () => {
      const c = alibabaSdkClient({ port: sim.port, signature });
      const regions = (await c.call("DescribeRegions", {})) as {
        Regions: { Region: { RegionId: string }[] };
      };
      expect(regions.Regions.Region.map((r) => r.RegionId)).toContain("cn-hangzhou");
      const vpcs = (await c.call("DescribeVpcs", {})) as { TotalCount: number };
      expect(vpcs.TotalCount).toBe(2);

      const gw = await c.call("CreateVpnGateway", {
        VpcId: "vpc-hzprod0001",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY",
        AutoPay: true,
        Name: "sdk-gw",
      });
      expect(gw.VpnGatewayId).toMatch(/^vpn-/);
      expect(typeof gw.OrderId).toBe("number");
      const describe = () => c.call("DescribeVpnGateway", { VpnGatewayId: gw.VpnGatewayId });
      expect(await describe()).toMatchObject({ Status: "init", InternetIp: "" });
      sim.advance(1000);
      expect(await describe()).toMatchObject({ Status: "provisioning", InternetIp: "" });

      const cgw = await c.call("CreateCustomerGateway", { IpAddress: "192.0.2.99", Name: "idc" });
      expect(cgw.CustomerGatewayId).toMatch(/^cgw-/);
      const connection = {
        VpnGatewayId: gw.VpnGatewayId,
        CustomerGatewayId: cgw.CustomerGatewayId,
        LocalSubnet: "192.168.1.0/24",
        RemoteSubnet: "10.200.0.0/16",
        Name: "tunnel-1",
        IkeConfig: JSON.stringify({ Psk: "s3cret-Key", IkeVersion: "ikev2" }),
      };
      expect((await aliSdkError(c.call("CreateVpnConnection", connection))).code).toBe(
        "VpnGateway.Configuring",
      );
      sim.advance(4000);
      const active = await describe();
      expect(active.Status).toBe("active");
      expect(active.InternetIp).toMatch(/^203\.0\.113\./);

      const vco = await c.call("CreateVpnConnection", connection);
      expect(vco.VpnConnectionId).toMatch(/^vco-/);
      expect(await describe()).toMatchObject({ Status: "updating" });
      const second = { ...connection, Name: "tunnel-2", RemoteSubnet: "10.201.0.0/16" };
      expect((await aliSdkError(c.call("CreateVpnConnection", second))).code).toBe(
        "VpnGateway.Configuring",
      );
      const conns = (await c.call("DescribeVpnConnections", { VpnGatewayId: gw.VpnGatewayId })) as {
        VpnConnections: { VpnConnection: { State: string; IkeConfig: { Psk: string } }[] };
      };
      expect(conns.VpnConnections.VpnConnection[0]).toMatchObject({
        State: "init",
        IkeConfig: { Psk: "s3cret-Key" },
      });
      sim.advance(2000);
      expect(await describe()).toMatchObject({ Status: "active" });
      const after = (await c.call("DescribeVpnConnections", {
        VpnConnectionId: vco.VpnConnectionId,
      })) as {
        VpnConnections: { VpnConnection: { State: string }[] };
      };
      expect(after.VpnConnections.VpnConnection[0]?.State).toBe("active");

      const list = (await c.call("DescribeVpnGateways", { VpcId: "vpc-hzprod0001" })) as {
        TotalCount: number;
      };
      expect(list.TotalCount).toBe(2);
      const cgws = (await c.call("DescribeCustomerGateways", {})) as { TotalCount: number };
      expect(cgws.TotalCount).toBe(2);
    });

    it("returns the same gateway for a repeated ClientToken", async () => {
      const c = alibabaSdkClient({ port: sim.port, signature });
      const args = {
        VpcId: "vpc-hzprod0001",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY",
        ClientToken: "token-1",
      };
      const first = await c.call("CreateVpnGateway", args);
      const again = await c.call("CreateVpnGateway", args);
      expect(again.VpnGatewayId).toBe(first.VpnGatewayId);
      expect(again.OrderId).toBe(first.OrderId);
      expect(again.RequestId).not.toBe(first.RequestId);
      expect(
        sim.ctx.store.state.alibaba.vpnGateways.filter(
          (g) => g.VpnGatewayId === first.VpnGatewayId,
        ),
      ).toHaveLength(1);
      const other = await aliSdkError(c.call("CreateVpnGateway", { ...args, Bandwidth: 20 }));
      expect(other.code).toBe("IdempotentParameterMismatch");
    });

    it("rejects a wrong secret, an unknown key and a skewed clock", async () => {
      const wrong = await aliSdkError(
        alibabaSdkClient({ port: sim.port, signature, accessKeySecret: "nope" }).call(
          "DescribeVpcs",
          {},
        ),
      );
      expect(wrong).toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 400 });
      const unknown = await aliSdkError(
        alibabaSdkClient({ port: sim.port, signature, accessKeyId: "LTAI-nobody" }).call(
          "DescribeVpcs",
          {},
        ),
      );
      expect(unknown).toMatchObject({ code: "InvalidAccessKeyId.NotFound", statusCode: 404 });
      sim.advance(20 * 60_000);
      const skewed = await aliSdkError(
        alibabaSdkClient({ port: sim.port, signature }).call("DescribeVpcs", {}),
      );
      expect(skewed).toMatchObject({ code: "InvalidTimeStamp.Expired", statusCode: 400 });
    });

    it("answers unknown actions and regions", async () => {
      const c = alibabaSdkClient({ port: sim.port, signature });
      expect(await aliSdkError(c.call("RunInstances", {}))).toMatchObject({
        code: "InvalidAction.NotFound",
        statusCode: 404,
      });
      const far = alibabaSdkClient({ port: sim.port, signature, regionId: "moon-1" });
      expect((await aliSdkError(far.call("DescribeVpcs", {}))).code).toBe(
        "InvalidRegionId.NotFound",
      );
    });
  },
);
