import type { AlibabaCustomerGateway } from "@/lib/schemas/alibaba/describe-customer-gateways";
import type { AlibabaVpc } from "@/lib/schemas/alibaba/describe-vpcs";
import type {
  AlibabaTunnelOption,
  AlibabaVpnConnection,
} from "@/lib/schemas/alibaba/describe-vpn-connections";
import type { AlibabaVpnGateway } from "@/lib/schemas/alibaba/vpn-gateway-output";
import type {
  CloudCustomerGateway,
  CloudResourceState,
  CloudTunnel,
  CloudVpc,
  CloudVpnConnection,
  CloudVpnGateway,
} from "../shapes";
import { vendorWords } from "../vendor-words";

/** Alibaba vendor shapes → app shapes. */

export const reshapeAlibabaState = vendorWords<CloudResourceState>(
  {
    init: "pending",
    provisioning: "pending",
    active: "available",
    updating: "updating",
    deleting: "deleting",
  },
  "unknown",
);

export function reshapeAlibabaTime(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

const present = (value: string | undefined): value is string => Boolean(value);

function subnets(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

export function reshapeAlibabaVpnGateway(gateway: AlibabaVpnGateway): CloudVpnGateway {
  const spec = gateway.Spec ? Number.parseInt(gateway.Spec, 10) : Number.NaN;
  return {
    provider: "alibaba",
    id: gateway.VpnGatewayId,
    name: gateway.Name,
    vpcId: gateway.VpcId,
    state: reshapeAlibabaState(gateway.Status),
    rawState: gateway.Status,
    publicIps: [gateway.InternetIp, gateway.DisasterRecoveryInternetIp].filter(present),
    bandwidthMbps: Number.isNaN(spec) ? undefined : spec,
    chargeType: gateway.ChargeType,
    createdAt: reshapeAlibabaTime(gateway.CreateTime),
    // EndTime is 0 on a pay-as-you-go gateway.
    prepaidUntil: gateway.EndTime ? reshapeAlibabaTime(gateway.EndTime) : undefined,
  };
}

export function reshapeAlibabaCustomerGateway(
  gateway: AlibabaCustomerGateway,
): CloudCustomerGateway {
  const asn = gateway.Asn === undefined ? undefined : Number(gateway.Asn);
  return {
    provider: "alibaba",
    id: gateway.CustomerGatewayId,
    name: gateway.Name,
    ipAddress: gateway.IpAddress,
    bgpAsn: asn && Number.isFinite(asn) ? asn : undefined,
    createdAt: reshapeAlibabaTime(gateway.CreateTime),
  };
}

function tunnelStatus(status: string | undefined): CloudTunnel["tunnelStatus"] {
  const text = status?.toLowerCase();
  return text === "ipsec_sa_established" ? "up" : text ? "down" : "unknown";
}

function reshapeAlibabaTunnel(tunnel: AlibabaTunnelOption): CloudTunnel {
  return {
    id: tunnel.TunnelId,
    role: tunnel.Role,
    customerGatewayId: tunnel.CustomerGatewayId || undefined,
    publicIp: tunnel.InternetIp || undefined,
    rawState: tunnel.State,
    tunnelStatus: tunnelStatus(tunnel.Status),
  };
}

/** The PSK inside IkeConfig (and each tunnel's TunnelIkeConfig) is dropped here on purpose. */
export function reshapeAlibabaVpnConnection(connection: AlibabaVpnConnection): CloudVpnConnection {
  const tunnels = connection.TunnelOptionsSpecification?.TunnelOptions;
  return {
    provider: "alibaba",
    id: connection.VpnConnectionId,
    name: connection.Name,
    gatewayId: connection.VpnGatewayId,
    // Empty for a dual-tunnel connection: each tunnel names its own.
    customerGatewayId: connection.CustomerGatewayId || undefined,
    state: reshapeAlibabaState(connection.State),
    rawState: connection.State,
    tunnelStatus: tunnelStatus(connection.Status),
    localCidrs: subnets(connection.LocalSubnet),
    remoteCidrs: subnets(connection.RemoteSubnet),
    // Alibaba pairs every local subnet with every remote one.
    selectors: subnets(connection.LocalSubnet).map((local) => ({
      local,
      remote: subnets(connection.RemoteSubnet),
    })),
    createdAt: reshapeAlibabaTime(connection.CreateTime),
    ...(tunnels ? { tunnels: tunnels.map(reshapeAlibabaTunnel) } : {}),
  };
}

export function reshapeAlibabaVpc(vpc: AlibabaVpc): CloudVpc {
  return {
    provider: "alibaba",
    id: vpc.VpcId,
    name: vpc.VpcName,
    cidrBlocks: [vpc.CidrBlock, ...(vpc.SecondaryCidrBlocks?.SecondaryCidrBlock ?? [])].filter(
      present,
    ),
    isDefault: vpc.IsDefault,
    vswitchIds: vpc.VSwitchIds?.VSwitchId ?? [],
  };
}
