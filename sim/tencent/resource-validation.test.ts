import { describe, expect, it } from "vitest";
import { withTencentSimulator, tunnel, spd } from "../testing/tencent-validation";

const { call, code, sim } = withTencentSimulator();

describe("Tencent gateways, customer gateways and deletes", () => {
  it("validates CreateVpnGateway", async () => {
    const base = { VpcId: "vpc-gzdev001", VpnGatewayName: "g", InternetMaxBandwidthOut: 10 };
    expect(await code("CreateVpnGateway", { ...base, InternetMaxBandwidthOut: 7 })).toBe(
      "InvalidParameterValue",
    );
    expect(await code("CreateVpnGateway", { ...base, VpcId: "vpc-zzzzzzzz" })).toBe(
      "InvalidVpcId.NotFound",
    );
    expect(await code("CreateVpnGateway", { ...base, VpcId: "nope" })).toBe(
      "InvalidVpcId.Malformed",
    );
    expect(await code("CreateVpnGateway", { ...base, VpcId: "" })).toBe(
      "UnsupportedOperation.VpnGwVpcIdMustHave",
    );
    expect(await code("CreateVpnGateway", { ...base, Type: "CCN" })).toBe(
      "UnsupportedOperation.VpnGwVpcIdNotHave",
    );
    expect(await code("CreateVpnGateway", { ...base, Zone: "ap-tokyo-1" })).toBe(
      "InvalidParameterValue",
    );
    expect(await code("CreateVpnGateway", { ...base, InstanceChargeType: "PREPAID" })).toBe(
      "InvalidParameterValue",
    );
    expect(await code("CreateVpnGateway", base)).toBeUndefined();
    expect(await code("CreateVpnGateway", base)).toBe("InvalidParameterValue.Duplicate");
    expect(await code("CreateVpnGateway", { ...base, VpnGatewayName: "g2" })).toBeUndefined();
    expect(await code("CreateVpnGateway", { ...base, VpnGatewayName: "g3" })).toBe("LimitExceeded");
  });

  it("validates CreateCustomerGateway", async () => {
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "a", IpAddress: "127.0.0.1" }),
    ).toBe("InvalidParameterValue.Malformed");
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "a", IpAddress: "1.2.3" }),
    ).toBe("InvalidParameterValue.Malformed");
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "a", IpAddress: "192.0.2.10" }),
    ).toBe("UnsupportedOperation.RecordExists");
    expect(
      await code("CreateCustomerGateway", {
        CustomerGatewayName: "hq-firewall",
        IpAddress: "192.0.2.11",
      }),
    ).toBe("InvalidParameterValue.Duplicate");
    expect(
      await code("CreateCustomerGateway", {
        CustomerGatewayName: "a",
        IpAddress: "192.0.2.12",
        BgpAsn: 45090,
      }),
    ).toBe("InvalidParameterValue");
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "a", IpAddress: "192.0.2.12" }),
    ).toBeUndefined();
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "b", IpAddress: "192.0.2.13" }),
    ).toBeUndefined();
    expect(
      await code("CreateCustomerGateway", { CustomerGatewayName: "c", IpAddress: "192.0.2.14" }),
    ).toBe("LimitExceeded");
  });

  it("checks Describe selectors", async () => {
    const both = {
      VpnGatewayIds: ["vpngw-gzseed01"],
      Filters: [{ Name: "vpc-id", Values: ["vpc-gzprod01"] }],
    };
    expect(await code("DescribeVpnGateways", both)).toBe("InvalidParameter.Coexist");
    expect(
      await code("DescribeVpcs", {
        VpcIds: ["vpc-gzprod01"],
        Filters: [{ Name: "vpc-id", Values: ["x"] }],
      }),
    ).toBe("InvalidParameter.Coexist");
    expect(
      await code("DescribeVpnConnections", { Filters: [{ Name: "colour", Values: ["red"] }] }),
    ).toBe("InvalidParameter.FilterInvalidKey");
    expect(await code("DescribeVpnGateways", { VpnGatewayIds: ["bad"] })).toBe(
      "InvalidVpnGatewayId.Malformed",
    );
    expect(await code("DescribeVpcs", { Limit: "500" })).toBe("InvalidParameterValue.Range");
    expect(await code("DescribeVpcTaskResult", { TaskId: "missing" })).toBe("ResourceNotFound");
    const fsi = await call("DescribeVpcs", {}, "ap-shanghai-fsi");
    expect(fsi.VpcSet).toEqual([
      expect.objectContaining({
        VpcId: "vpc-fsipay01",
        AssistantCidrSet: [expect.objectContaining({ CidrBlock: "10.31.0.0/20" })],
      }),
    ]);
    const page = await call("DescribeCustomerGateways", { Offset: 1, Limit: 1 });
    expect(page).toMatchObject({ TotalCount: 1, CustomerGatewaySet: [] });
  });

  it("refuses a delete while another task runs on the gateway, and matches vpc-name fuzzily", async () => {
    expect(await code("CreateVpnConnection", tunnel())).toBeUndefined();
    sim().advance(1000);
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ VpnConnectionName: "t2", ...spd("10.10.0.0/24", "192.168.20.0/24") }),
      ),
    ).toBeUndefined();
    const first = sim().ctx.store.state.tencent.vpnConnections.find(
      (c) => c.VpnConnectionName === "t1",
    );
    const del = { VpnGatewayId: "vpngw-gzseed01", VpnConnectionId: first?.VpnConnectionId };
    expect(await code("DeleteVpnConnection", del)).toBe(
      "UnsupportedOperation.MutexOperationTaskRunning",
    );
    sim().advance(1000);
    expect(await code("DeleteVpnConnection", del)).toBeUndefined();
    const vpcs = await call("DescribeVpcs", { Filters: [{ Name: "vpc-name", Values: ["prod"] }] });
    expect(vpcs).toMatchObject({ TotalCount: 1, VpcSet: [{ VpcId: "vpc-gzprod01" }] });
  });

  it("moves a tunnel PENDING → AVAILABLE → DELETING → gone, refusing early deletes", async () => {
    const created = await call("CreateVpnConnection", tunnel());
    const id = sim().ctx.store.state.tencent.vpnConnections.at(-1)?.VpnConnectionId ?? "";
    const del = { VpnGatewayId: "vpngw-gzseed01", VpnConnectionId: id };
    expect(await code("DeleteVpnConnection", del)).toBe(
      "UnsupportedOperation.DeleteVpnConnInvalidState",
    );
    expect(await code("DeleteVpnConnection", { ...del, VpnConnectionId: "vpnx-zzzzzzzz" })).toBe(
      "ResourceNotFound",
    );
    expect(await code("DeleteVpnConnection", { ...del, VpnConnectionId: "x" })).toBe(
      "InvalidParameterValue.Malformed",
    );
    sim().advance(1000);
    const task = await call("DescribeVpcTaskResult", { TaskId: created.RequestId });
    expect(task).toMatchObject({ Status: "SUCCESS", Result: [{ ResourceId: id }] });
    const deleted = await call("DeleteVpnConnection", del);
    expect(deleted.Error).toBeUndefined();
    const listed = await call("DescribeVpnConnections", { VpnConnectionIds: [id] });
    expect(listed.VpnConnectionSet).toEqual([expect.objectContaining({ State: "DELETING" })]);
    expect(await code("DeleteVpnConnection", del)).toBe(
      "UnsupportedOperation.DeleteVpnConnInvalidState",
    );
    expect((await call("DescribeVpcTaskResult", { TaskId: deleted.RequestId })).Status).toBe(
      "RUNNING",
    );
    sim().advance(1000);
    expect((await call("DescribeVpcTaskResult", { TaskId: deleted.RequestId })).Status).toBe(
      "SUCCESS",
    );
    expect((await call("DescribeVpnConnections", { VpnConnectionIds: [id] })).TotalCount).toBe(0);
  });
});
