import type { CloudProvider } from "./accounts";

/**
 * The app's shapes for cloud resources, the same for both providers (vendor shapes are reshaped
 * into these by lib/cloud/{tencent,alibaba}/reshape.ts). Secrets such as a returned pre-shared
 * key are deliberately absent.
 */

export type CloudResourceState =
  "pending" | "available" | "updating" | "deleting" | "failed" | "unknown";

export type CloudVpc = {
  provider: CloudProvider;
  id: string;
  name?: string | undefined;
  /** Primary CIDR first, then secondary/assistant CIDRs. */
  cidrBlocks: string[];
  isDefault?: boolean | undefined;
  /** Alibaba: the VPC's vSwitches (a gateway may be placed in one). */
  vswitchIds?: string[] | undefined;
};

export type CloudVpnGateway = {
  provider: CloudProvider;
  id: string;
  name?: string | undefined;
  vpcId?: string | undefined;
  state: CloudResourceState;
  /** Vendor state string, kept for display. */
  rawState?: string | undefined;
  publicIps: string[];
  bandwidthMbps?: number | undefined;
  chargeType?: string | undefined;
  zone?: string | undefined;
  createdAt?: string | undefined;
  /** A prepaid gateway's term end (Tencent ExpiredTime, Alibaba EndTime); absent otherwise. */
  prepaidUntil?: string | undefined;
  /** Tencent RenewFlag of a prepaid gateway: `auto` (NOTIFY_AND_AUTO_RENEW) or `manual`. */
  renewal?: "auto" | "manual" | undefined;
};

export type CloudCustomerGateway = {
  provider: CloudProvider;
  id: string;
  name?: string | undefined;
  ipAddress?: string | undefined;
  bgpAsn?: number | undefined;
  createdAt?: string | undefined;
};

export type CloudVpnConnection = {
  provider: CloudProvider;
  /** Undefined while a Tencent create is still pending. */
  id?: string | undefined;
  name?: string | undefined;
  gatewayId?: string | undefined;
  customerGatewayId?: string | undefined;
  vpcId?: string | undefined;
  state: CloudResourceState;
  rawState?: string | undefined;
  tunnelStatus: "up" | "down" | "unknown";
  localCidrs: string[];
  remoteCidrs: string[];
  /** The policy's rows as the cloud keeps them: a local network and the remotes it reaches. */
  selectors: { local: string; remote: string[] }[];
  createdAt?: string | undefined;
  /** Alibaba dual-tunnel connections: the two tunnels (never their keys). */
  tunnels?: CloudTunnel[] | undefined;
};

export type CloudTunnel = {
  id?: string | undefined;
  role?: string | undefined;
  customerGatewayId?: string | undefined;
  publicIp?: string | undefined;
  rawState?: string | undefined;
  tunnelStatus: "up" | "down" | "unknown";
};

export type CloudTaskResult = {
  status: "running" | "succeeded" | "failed";
  output?: string | undefined;
  resources: { id?: string | undefined; status?: string | undefined }[];
};

export type CloudRegion = { id: string; name?: string | undefined; endpoint?: string | undefined };

/**
 * One part of a price, as the cloud states it (no currency: that follows the account's site).
 * Pay-as-you-go parts carry `unitPrice` per `chargeUnit` (HOUR, GB); subscriptions the list and
 * discounted price of the whole term.
 */
export type CloudPriceItem = {
  unitPrice?: number | undefined;
  chargeUnit?: string | undefined;
  originalPrice?: number | undefined;
  discountPrice?: number | undefined;
};

export type CloudPrice = {
  instance?: CloudPriceItem | undefined;
  bandwidth?: CloudPriceItem | undefined;
  requestId: string;
};

export type CloudPage<T> = { items: T[]; total: number; requestId: string };

/** A paged Describe answer (the same envelope on both clouds) as a page of the app's `items`. */
export function cloudPage<T>(
  answer: { TotalCount: number; RequestId: string },
  items: T[],
): CloudPage<T> {
  return { items, total: answer.TotalCount, requestId: answer.RequestId };
}

/** Where a route sends its traffic: one of the portal's VPN gateways, the VPC itself, or else. */
export type CloudNextHopType = "vpnGateway" | "local" | "other";

/** One entry of a VPC route table. */
export type CloudRoute = {
  provider: CloudProvider;
  /** Tencent `RouteItemId` (`rti-…`), Alibaba `RouteEntryId` (`rte-…`). */
  id?: string | undefined;
  /** Tencent only: the numeric `RouteId` that DeleteRoutes also takes. */
  numericId?: number | undefined;
  routeTableId: string;
  destination: string;
  nextHopType: CloudNextHopType;
  /** The vendor's next-hop type (`VPN`, `VpnGateway`, `LOCAL`, `local`, `service`…). */
  rawNextHopType?: string | undefined;
  nextHopId: string;
  /** Kept by the cloud itself (local, service, BGP…): it cannot be edited or deleted. */
  system: boolean;
  enabled: boolean;
  state: CloudResourceState;
  rawState?: string | undefined;
  name?: string | undefined;
};

export type CloudRouteTable = {
  provider: CloudProvider;
  id: string;
  vpcId?: string | undefined;
  name?: string | undefined;
  /** Tencent's main table, Alibaba's `System` table: the one a new subnet/vSwitch uses. */
  isDefault: boolean;
  routes: CloudRoute[];
};

/** A VPN gateway's own destination route, toward one of its tunnels (route-based tunnels). */
export type CloudVpnGatewayRoute = {
  provider: CloudProvider;
  /**
   * Tencent `RouteId` (`vpnr-…`); Alibaba has none, so `<gateway>:<next hop>:<destination>` (the
   * id Terraform gives it).
   */
  id: string;
  gatewayId: string;
  destination: string;
  /** The tunnel (Tencent `vpnx-…`, Alibaba `vco-…`). */
  nextHopId: string;
  /** Tencent Priority / Alibaba Weight: 0 or 100, the pair of a primary and a backup route. */
  preference?: number | undefined;
  enabled: boolean;
  /** Tencent `ENABLE`/`DISABLE`, Alibaba `published`/`normal`. */
  rawState?: string | undefined;
};
