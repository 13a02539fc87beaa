import type { TencentVpc } from "@/lib/schemas/tencent/describe-vpcs";
import type { TencentCustomerGateway, TencentVpnGateway } from "@/lib/schemas/tencent/shared";
import type { TencentVpnConnection } from "@/lib/schemas/tencent/vpn-connection-output";
import type {
  CloudCustomerGateway,
  CloudResourceState,
  CloudVpc,
  CloudVpnConnection,
  CloudVpnGateway,
} from "../shapes";
import { vendorWords } from "../vendor-words";

/** Tencent vendor shapes → app shapes. States compared case-insensitively (§2.1: "Pending"). */

export const reshapeTencentState = vendorWords<CloudResourceState>(
  {
    PENDING: "pending",
    AVAILABLE: "available",
    DELETING: "deleting",
    PENDING_ERROR: "failed",
    DELETING_ERROR: "failed",
  },
  "unknown",
);

/** `YYYY-MM-DD hh:mm:ss` (Beijing time, UTC+8) → ISO 8601; other text is kept as is. */
export function reshapeTencentTime(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  return match ? new Date(`${match[1]}T${match[2]}+08:00`).toISOString() : text;
}

const present = (value: string | undefined): value is string => Boolean(value);

export function reshapeTencentVpnGateway(gateway: TencentVpnGateway): CloudVpnGateway {
  return {
    provider: "tencent",
    id: gateway.VpnGatewayId,
    name: gateway.VpnGatewayName,
    vpcId: gateway.VpcId || undefined,
    state: reshapeTencentState(gateway.State),
    rawState: gateway.State,
    publicIps: [gateway.PublicIpAddress].filter(present),
    bandwidthMbps: gateway.InternetMaxBandwidthOut,
    chargeType: gateway.InstanceChargeType,
    zone: gateway.Zone,
    createdAt: reshapeTencentTime(gateway.CreatedTime),
    // Postpaid gateways answer `0000-00-00 00:00:00` and an empty RenewFlag (cloud-api-lifecycle.md §1.13).
    prepaidUntil: /^0000/.test(gateway.ExpiredTime ?? "")
      ? undefined
      : reshapeTencentTime(gateway.ExpiredTime),
    renewal: gateway.RenewFlag
      ? gateway.RenewFlag === "NOTIFY_AND_AUTO_RENEW"
        ? "auto"
        : "manual"
      : undefined,
  };
}

export function reshapeTencentCustomerGateway(
  gateway: TencentCustomerGateway,
): CloudCustomerGateway {
  return {
    provider: "tencent",
    id: gateway.CustomerGatewayId,
    name: gateway.CustomerGatewayName,
    ipAddress: gateway.IpAddress,
    bgpAsn: gateway.BgpAsn || undefined,
    createdAt: reshapeTencentTime(gateway.CreatedTime),
  };
}

/** The pre-shared key Tencent returns in clear is dropped here on purpose. */
export function reshapeTencentVpnConnection(connection: TencentVpnConnection): CloudVpnConnection {
  const spd = connection.SecurityPolicyDatabaseSet ?? [];
  const net = connection.NetStatus?.toUpperCase();
  return {
    provider: "tencent",
    id: connection.VpnConnectionId || undefined,
    name: connection.VpnConnectionName,
    gatewayId: connection.VpnGatewayId,
    customerGatewayId: connection.CustomerGatewayId,
    vpcId: connection.VpcId || undefined,
    state: reshapeTencentState(connection.State),
    rawState: connection.State,
    tunnelStatus: net === "AVAILABLE" ? "up" : net ? "down" : "unknown",
    localCidrs: [...new Set(spd.map((entry) => entry.LocalCidrBlock))],
    remoteCidrs: [...new Set(spd.flatMap((entry) => entry.RemoteCidrBlock))],
    selectors: spd.map((entry) => ({
      local: entry.LocalCidrBlock,
      remote: [...entry.RemoteCidrBlock],
    })),
    createdAt: reshapeTencentTime(connection.CreatedTime),
  };
}

export function reshapeTencentVpc(vpc: TencentVpc): CloudVpc {
  return {
    provider: "tencent",
    id: vpc.VpcId,
    name: vpc.VpcName,
    cidrBlocks: [vpc.CidrBlock, ...(vpc.AssistantCidrSet ?? []).map((a) => a.CidrBlock)].filter(
      present,
    ),
    isDefault: vpc.IsDefault,
  };
}
