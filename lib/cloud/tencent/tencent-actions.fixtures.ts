/** Response bodies shaped like the SDK models / tccli examples (cloud-api.md §2). */

export const createVpnConnection = {
  VpnConnection: {
    VpnConnectionId: "",
    VpnConnectionName: "demo",
    State: "PENDING",
    PreShareKey: "psk-example",
  },
};

export const describeGateways = {
  DescribeVpnGateways: {
    TotalCount: 1,
    VpnGatewaySet: [
      {
        VpnGatewayId: "vpngw-1",
        VpcId: "vpc-1",
        State: "AVAILABLE",
        PublicIpAddress: "198.51.100.7",
        InternetMaxBandwidthOut: 10,
        Type: "IPSEC",
      },
    ],
  },
  DescribeCustomerGateways: {
    TotalCount: 1,
    CustomerGatewaySet: [{ CustomerGatewayId: "cgw-1", IpAddress: "203.0.113.1" }],
  },
  DescribeVpnConnections: {
    TotalCount: 1,
    VpnConnectionSet: [
      {
        VpnConnectionId: "vpnx-1",
        State: "AVAILABLE",
        NetStatus: "AVAILABLE",
        PreShareKey: "psk-example",
        SecurityPolicyDatabaseSet: [
          { LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.0.0/24"] },
          { LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.1.0/24"] },
        ],
      },
    ],
  },
  DescribeVpcs: {
    TotalCount: 1,
    VpcSet: [
      {
        VpcId: "vpc-1",
        VpcName: "main",
        CidrBlock: "10.0.0.0/16",
        AssistantCidrSet: [{ CidrBlock: "10.1.0.0/16", AssistantType: 0 }],
      },
    ],
  },
  DescribeVpcTaskResult: {
    Status: "SUCCESS",
    Output: "",
    Result: [{ ResourceId: "vpnx-1", Status: "SUCCESS" }],
  },
};
