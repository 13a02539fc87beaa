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

export type CloudPage<T> = { items: T[]; total: number; requestId: string };

/** A paged Describe answer (the same envelope on both clouds) as a page of the app's `items`. */
export function cloudPage<T>(
  answer: { TotalCount: number; RequestId: string },
  items: T[],
): CloudPage<T> {
  return { items, total: answer.TotalCount, requestId: answer.RequestId };
}
