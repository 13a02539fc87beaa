import type { AlibabaCustomerGateway } from "@/lib/schemas/alibaba/describe-customer-gateways";
import type { AlibabaVpc } from "@/lib/schemas/alibaba/describe-vpcs";
import type { AlibabaVpnConnection } from "@/lib/schemas/alibaba/describe-vpn-connections";
import type { AlibabaVpnGateway } from "@/lib/schemas/alibaba/vpn-gateway-output";
import type {
  CloudCustomerGateway,
  CloudResourceState,
  CloudVpc,
  CloudVpnConnection,
  CloudVpnGateway,
} from "../shapes";

/** Alibaba vendor shapes → app shapes. */

export function reshapeAlibabaState(state: string | undefined): CloudResourceState {
  switch (state?.toLowerCase()) {
    case "init":
    case "provisioning":
      return "pending";
    case "active":
      return "available";
    case "updating":
      return "updating";
    case "deleting":
      return "deleting";
    default:
      return "unknown";
  }
}

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

/** The PSK inside IkeConfig is dropped here on purpose. */
export function reshapeAlibabaVpnConnection(connection: AlibabaVpnConnection): CloudVpnConnection {
  const status = connection.Status?.toLowerCase();
  return {
    provider: "alibaba",
    id: connection.VpnConnectionId,
    name: connection.Name,
    gatewayId: connection.VpnGatewayId,
    customerGatewayId: connection.CustomerGatewayId,
    state: reshapeAlibabaState(connection.State),
    rawState: connection.State,
    tunnelStatus: status === "ipsec_sa_established" ? "up" : status ? "down" : "unknown",
    localCidrs: subnets(connection.LocalSubnet),
    remoteCidrs: subnets(connection.RemoteSubnet),
    createdAt: reshapeAlibabaTime(connection.CreateTime),
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
