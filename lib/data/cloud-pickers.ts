import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission } from "@/lib/permissions/permissions";
import {
  describeAlibabaCustomerGateways,
  describeAlibabaRegions,
  describeAlibabaVpcs,
  describeAlibabaVpnGateways,
} from "@/lib/cloud/alibaba";
import { getCloudClient, listConfiguredCloudAccounts } from "@/lib/cloud/server-client";
import type { CloudVpnGateway } from "@/lib/cloud/shapes";
import {
  describeTencentCustomerGateways,
  describeTencentVpcs,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
} from "@/lib/cloud/tencent";
import { TENCENT_REGION_IDS, isFinanceRegion } from "@/lib/design/regions";
import type { PickerItem, PickerRequest } from "@/lib/schemas/cloud-picker";

/**
 * The account picker: every designer sees the names; the masked key id (which key, temporary or
 * not) is a credential detail for holders of `account.read` only.
 */
function accountItems(provider: PickerRequest["provider"], viewer: { roles: readonly string[] }) {
  const details = hasPermission(viewer.roles, "account.read");
  return listConfiguredCloudAccounts()
    .filter((summary) => summary.provider === provider)
    .map((summary) =>
      details ? { id: summary.name, detail: summary.maskedKeyId } : { id: summary.name },
    );
}

/** A VPN gateway as either cloud's picker shows it: its first public IP, state and bandwidth. */
export function gatewayItem(gateway: CloudVpnGateway): PickerItem {
  return {
    id: gateway.id,
    name: gateway.name,
    ipAddress: gateway.publicIps[0],
    state: gateway.state,
    detail: gateway.bandwidthMbps ? `${gateway.bandwidthMbps} Mbps` : undefined,
  };
}

/**
 * The wizard's picker data, always read by the server from the cloud (or the simulator) with the
 * server's credentials: the browser never talks to a cloud. Live lists, not cached: a gateway
 * created a minute ago must be pickable.
 */
export async function listPickerItems(
  request: PickerRequest,
  viewer: { roles: readonly string[] },
): Promise<PickerItem[]> {
  const { provider, resource, account } = request;
  if (resource === "accounts") return accountItems(provider, viewer);
  const configured = listConfiguredCloudAccounts().some(
    (summary) => summary.provider === provider && summary.name === account,
  );
  if (!configured) {
    throw new AppError(
      "unprocessable",
      `No ${provider} account named "${account}" is configured.`,
      [{ path: "account", message: "account is not configured" }],
    );
  }
  if (resource === "regions" && provider === "tencent") {
    return TENCENT_REGION_IDS.map((id) => ({ id, finance: isFinanceRegion(id) }));
  }
  const client = getCloudClient();
  if (resource === "regions") {
    const { regions } = await describeAlibabaRegions({ client, account, request: {} });
    return regions.map((r) => ({ id: r.id, name: r.name, finance: isFinanceRegion(r.id) }));
  }
  const region = request.region;
  if (!region)
    throw new AppError("unprocessable", "Choose a region first.", [
      { path: "region", message: "region is required" },
    ]);
  const base = { client, account, region };
  const alibaba = { client, account };
  const vpcFilter = request.vpcId;
  if (provider === "tencent") {
    switch (resource) {
      case "vpcs": {
        const page = await describeTencentVpcs({ ...base, request: { Limit: "100" } });
        return page.items.map((v) => ({ id: v.id, name: v.name, cidrBlocks: v.cidrBlocks }));
      }
      case "vpn-gateways": {
        const request = vpcFilter
          ? { Filters: [{ Name: "vpc-id", Values: [vpcFilter] }], Limit: 100 }
          : { Limit: 100 };
        const [page, connections] = await Promise.all([
          describeTencentVpnGateways({ ...base, request }),
          describeTencentVpnConnections({ ...base, request }),
        ]);
        return page.items.map((g) => ({
          ...gatewayItem(g),
          // The SPDs already on the gateway, so the wizard can flag a new tunnel that clashes.
          tunnels: connections.items
            .filter((c) => c.gatewayId === g.id)
            .map((c) => ({ name: c.name ?? c.id ?? "", selectors: c.selectors })),
        }));
      }
      case "customer-gateways": {
        const page = await describeTencentCustomerGateways({ ...base, request: { Limit: 100 } });
        return page.items.map((c) => ({ id: c.id, name: c.name, ipAddress: c.ipAddress }));
      }
    }
  }
  switch (resource) {
    case "vpcs": {
      const page = await describeAlibabaVpcs({
        ...alibaba,
        request: { RegionId: region, PageSize: 50 },
      });
      return page.items.map((v) => ({
        id: v.id,
        name: v.name,
        cidrBlocks: v.cidrBlocks,
        vswitchIds: v.vswitchIds,
      }));
    }
    case "vpn-gateways": {
      const page = await describeAlibabaVpnGateways({
        ...alibaba,
        request: { RegionId: region, PageSize: 50, ...(vpcFilter ? { VpcId: vpcFilter } : {}) },
      });
      return page.items.map(gatewayItem);
    }
    case "customer-gateways": {
      const page = await describeAlibabaCustomerGateways({
        ...alibaba,
        request: { RegionId: region, PageSize: 50 },
      });
      return page.items.map((c) => ({ id: c.id, name: c.name, ipAddress: c.ipAddress }));
    }
  }
  throw new AppError("not_found", "No such picker.");
}
