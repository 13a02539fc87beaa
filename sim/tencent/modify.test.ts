import { describe, expect, it } from "vitest";
import { freshSimulatorEachTest, QUICK_TENCENT_TIMINGS } from "../testing/fresh-simulator";
import { sdkError, tencentCalls } from "../testing/tencent-sdk";

const env = freshSimulatorEachTest(QUICK_TENCENT_TIMINGS);
const call = (action: string, params: Record<string, unknown>) =>
  tencentCalls(env.sim.port).call(action, params);
const fails = (action: string, params: Record<string, unknown>) =>
  tencentCalls(env.sim.port).fails(action, params);

interface Tunnel {
  VpnConnectionId: string;
  VpnConnectionName: string;
  PreShareKey: string;
  SecurityPolicyDatabaseSet: { LocalCidrBlock: string; RemoteCidrBlock: string[] }[];
  IKEOptionsSpecification: Record<string, unknown>;
  DpdEnable: number;
}

async function policyTunnel(name: string, remote: string): Promise<string> {
  await call("CreateVpnConnection", {
    VpnGatewayId: "vpngw-gzseed01",
    CustomerGatewayId: "cgw-gzseed01",
    VpnConnectionName: name,
    PreShareKey: "first-key",
    VpcId: "vpc-gzprod01",
    SecurityPolicyDatabases: [{ LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: [remote] }],
  });
  env.sim.advance(1000);
  return (await tunnel({ Filters: [{ Name: "vpn-connection-name", Values: [name] }] }))
    .VpnConnectionId;
}

async function tunnel(query: Record<string, unknown>): Promise<Tunnel> {
  const listed = (await call("DescribeVpnConnections", query)) as { VpnConnectionSet: Tunnel[] };
  return listed.VpnConnectionSet[0]!;
}

describe("Tencent modify", () => {
  it("changes a live tunnel's name, key, SPD, IKE and DPD; then locks the gateway until it settles", async () => {
    const id = await policyTunnel("office", "172.18.0.0/16");
    await call("ModifyVpnConnectionAttribute", {
      VpnConnectionId: id,
      VpnConnectionName: "office-renamed",
      PreShareKey: "rotated-key",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: "10.10.2.0/24", RemoteCidrBlock: ["172.19.0.0/16"] },
      ],
      IKEOptionsSpecification: { PropoEncryAlgorithm: "AES-CBC-256", IKEVersion: "IKEV2" },
      DpdEnable: 1,
    });
    const changed = await tunnel({ VpnConnectionIds: [id] });
    expect(changed).toMatchObject({
      VpnConnectionName: "office-renamed",
      PreShareKey: "rotated-key",
      SecurityPolicyDatabaseSet: [
        { LocalCidrBlock: "10.10.2.0/24", RemoteCidrBlock: ["172.19.0.0/16"] },
      ],
      IKEOptionsSpecification: expect.objectContaining({
        PropoEncryAlgorithm: "AES-CBC-256",
        DhGroupName: "GROUP1",
      }),
      DpdEnable: 1,
    });
    expect(
      await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: id, PreShareKey: "again" }),
    ).toBe("UnsupportedOperation.MutexOperationTaskRunning");
    expect(
      await fails("DeleteVpnConnection", { VpnGatewayId: "vpngw-gzseed01", VpnConnectionId: id }),
    ).toBe("UnsupportedOperation.MutexOperationTaskRunning");
    env.sim.advance(1000);
    await call("ModifyVpnConnectionAttribute", { VpnConnectionId: id, PreShareKey: "again" });
  });

  it("refuses what cannot change in place with the documented codes", async () => {
    const id = await policyTunnel("office", "172.18.0.0/16");
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId: id,
        RouteType: "StaticRoute",
      }),
    ).toBe("UnknownParameter");
    expect(
      await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: id, EnableHealthCheck: true }),
    ).toBe("UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck");
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId: id,
        CustomerGatewayId: "cgw-other001",
      }),
    ).toBe("UnsupportedOperation");
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId: id,
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.10.2.0/24", RemoteCidrBlock: ["10.11.0.0/24"] },
        ],
      }),
    ).toBe("InvalidParameterValue.VpcCidrConflict");
    expect(await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: "vpnx-nothere1" })).toBe(
      "ResourceNotFound",
    );
    expect(
      await fails("ModifyCustomerGatewayAttribute", {
        CustomerGatewayId: "cgw-gzseed01",
        CustomerGatewayName: "hq",
        IpAddress: "192.0.2.1",
      }),
    ).toBe("UnknownParameter");
    expect(
      await fails("ModifyCustomerGatewayAttribute", { CustomerGatewayId: "cgw-gzseed01" }),
    ).toBe("MissingParameter");
  });

  it("renames gateways and customer gateways, raises bandwidth within its band, and handles the renewal flag", async () => {
    await call("ModifyVpnGatewayAttribute", {
      VpnGatewayId: "vpngw-gzseed01",
      VpnGatewayName: "renamed",
    });
    await call("ModifyCustomerGatewayAttribute", {
      CustomerGatewayId: "cgw-gzseed01",
      CustomerGatewayName: "hq-2",
    });
    const gw = (await call("DescribeVpnGateways", { VpnGatewayIds: ["vpngw-gzseed01"] })) as {
      VpnGatewaySet: { VpnGatewayName: string; InternetMaxBandwidthOut: number }[];
    };
    expect(gw.VpnGatewaySet[0]?.VpnGatewayName).toBe("renamed");
    const reset = (mbps: number) =>
      call("ResetVpnGatewayInternetMaxBandwidth", {
        VpnGatewayId: "vpngw-gzseed01",
        InternetMaxBandwidthOut: mbps,
      });
    expect((await sdkError(reset(50))).code).toBe(
      "UnsupportedOperation.VpnUnsupportedModifyBandwidth",
    );
    expect((await sdkError(reset(200))).code).toBe(
      "UnsupportedOperation.VpnUnsupportedModifyBandwidth",
    );
    expect(
      await fails("SetVpnGatewaysRenewFlag", {
        VpnGatewayIds: ["vpngw-gzseed01"],
        AutoRenewFlag: 2,
      }),
    ).toBe("UnsupportedOperation");

    const created = (await call("CreateVpnGateway", {
      VpcId: "vpc-gzdev001",
      VpnGatewayName: "prepaid",
      InternetMaxBandwidthOut: 5,
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 1 },
    })) as { VpnGateway: { VpnGatewayId: string } };
    const prepaid = created.VpnGateway.VpnGatewayId;
    env.sim.advance(1000);
    await call("SetVpnGatewaysRenewFlag", { VpnGatewayIds: [prepaid], AutoRenewFlag: 2 });
    await call("ResetVpnGatewayInternetMaxBandwidth", {
      VpnGatewayId: prepaid,
      InternetMaxBandwidthOut: 20,
    });
    await call("RenewVpnGateway", { VpnGatewayId: prepaid, InstanceChargePrepaid: { Period: 2 } });
    await call("ModifyVpnGatewayAttribute", {
      VpnGatewayId: prepaid,
      InstanceChargeType: "POSTPAID_BY_HOUR",
    });
    const described = (await call("DescribeVpnGateways", { VpnGatewayIds: [prepaid] })) as {
      VpnGatewaySet: Record<string, unknown>[];
    };
    expect(described.VpnGatewaySet[0]).toMatchObject({
      InstanceChargeType: "PREPAID",
      NewPurchasePlan: "PREPAID_TO_POSTPAID",
      RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
      InternetMaxBandwidthOut: 20,
    });
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: prepaid })).toBe("UnsupportedOperation");
  });
});
