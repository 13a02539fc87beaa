import "server-only";
import { AppError } from "@/lib/errors/app-error";
import {
  describeAlibabaCustomerGateways,
  describeAlibabaVpcs,
  describeAlibabaVpnGateways,
  listAlibabaPages,
  listAlibabaRouteTables,
} from "@/lib/cloud/alibaba";
import type { CloudClient } from "@/lib/cloud/client";
import type { CloudList } from "@/lib/cloud/paging";
import type { CloudCustomerGateway, CloudRouteTable, CloudVpnGateway } from "@/lib/cloud/shapes";
import {
  describeTencentCustomerGateways,
  describeTencentVpcs,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
  listTencentPages,
  listTencentRouteTables,
} from "@/lib/cloud/tencent";
import type { PickerItem, PickerList, PickerTruncation } from "@/lib/schemas/cloud-picker";

/** What a cloud list picker reads: the account, region and (gateways) VPC asked for. */
export type CloudListQuery = {
  client: CloudClient;
  account: string;
  region: string;
  vpcId?: string | undefined;
};

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

/** The picker's answer: its items, and every list the bound cut short, so the wizard says so. */
function pickerList(
  items: PickerItem[],
  lists: [PickerTruncation["list"], CloudList<unknown>][],
): PickerList {
  const truncated = lists
    .filter(([, list]) => list.truncated)
    .map(([list, { items, total }]) => ({ list, shown: items.length, total }));
  return truncated.length > 0 ? { items, truncated } : { items };
}

/** A VPC's route tables, its default table first, each with its routes (for the clash check). */
function routeTableItems(tables: CloudRouteTable[]): PickerList {
  const items = tables.map((table): PickerItem => ({
    id: table.id,
    name: table.name,
    isDefault: table.isDefault,
    routes: table.routes.map((route) => ({
      id: route.id,
      destination: route.destination,
      nextHopId: route.nextHopId,
      system: route.system,
    })),
  }));
  return { items: [...items.filter((t) => t.isDefault), ...items.filter((t) => !t.isDefault)] };
}

/** A route table belongs to a VPC: the picker needs it. */
function vpcOf(vpcId: string | undefined): string {
  if (!vpcId) {
    throw new AppError("unprocessable", "Choose a VPC first.", [
      { path: "vpcId", message: "vpcId is required for route tables" },
    ]);
  }
  return vpcId;
}

const customerGatewayItem = (c: CloudCustomerGateway): PickerItem => ({
  id: c.id,
  name: c.name,
  ipAddress: c.ipAddress,
});

type CloudListResource = "vpcs" | "vpn-gateways" | "customer-gateways" | "route-tables";

export async function listTencentPickerItems(
  resource: CloudListResource,
  { client, account, region, vpcId }: CloudListQuery,
): Promise<PickerList> {
  const call = { client, account, region };
  switch (resource) {
    case "vpcs": {
      const vpcs = await listTencentPages({
        readPage: ({ Offset, Limit }) =>
          describeTencentVpcs({
            ...call,
            request: { Offset: String(Offset), Limit: String(Limit) },
          }),
      });
      const items = vpcs.items.map((v) => ({ id: v.id, name: v.name, cidrBlocks: v.cidrBlocks }));
      return pickerList(items, [["items", vpcs]]);
    }
    case "vpn-gateways": {
      const Filters = vpcId ? [{ Name: "vpc-id", Values: [vpcId] }] : undefined;
      const [gateways, connections] = await Promise.all([
        listTencentPages({
          readPage: (paging) =>
            describeTencentVpnGateways({ ...call, request: { Filters, ...paging } }),
        }),
        listTencentPages({
          readPage: (paging) =>
            describeTencentVpnConnections({ ...call, request: { Filters, ...paging } }),
        }),
      ]);
      const items = gateways.items.map((g) => ({
        ...gatewayItem(g),
        // The SPDs already on the gateway, so the wizard can flag a new tunnel that clashes.
        tunnels: connections.items
          .filter((c) => c.gatewayId === g.id)
          .map((c) => ({ name: c.name ?? c.id ?? "", selectors: c.selectors })),
      }));
      return pickerList(items, [
        ["items", gateways],
        ["tunnels", connections],
      ]);
    }
    case "customer-gateways": {
      const peers = await listTencentPages({
        readPage: (paging) => describeTencentCustomerGateways({ ...call, request: paging }),
      });
      return pickerList(peers.items.map(customerGatewayItem), [["items", peers]]);
    }
    case "route-tables":
      return routeTableItems(await listTencentRouteTables({ ...call, vpcId: vpcOf(vpcId) }));
  }
}

export async function listAlibabaPickerItems(
  resource: CloudListResource,
  { client, account, region, vpcId }: CloudListQuery,
): Promise<PickerList> {
  const call = { client, account };
  switch (resource) {
    case "vpcs": {
      const vpcs = await listAlibabaPages({
        readPage: (paging) =>
          describeAlibabaVpcs({ ...call, request: { RegionId: region, ...paging } }),
      });
      const items = vpcs.items.map((v) => ({
        id: v.id,
        name: v.name,
        cidrBlocks: v.cidrBlocks,
        vswitchIds: v.vswitchIds,
      }));
      return pickerList(items, [["items", vpcs]]);
    }
    case "vpn-gateways": {
      const gateways = await listAlibabaPages({
        readPage: (paging) =>
          describeAlibabaVpnGateways({
            ...call,
            request: { RegionId: region, ...(vpcId ? { VpcId: vpcId } : {}), ...paging },
          }),
      });
      return pickerList(gateways.items.map(gatewayItem), [["items", gateways]]);
    }
    case "customer-gateways": {
      const peers = await listAlibabaPages({
        readPage: (paging) =>
          describeAlibabaCustomerGateways({ ...call, request: { RegionId: region, ...paging } }),
      });
      return pickerList(peers.items.map(customerGatewayItem), [["items", peers]]);
    }
    case "route-tables":
      return routeTableItems(
        await listAlibabaRouteTables({ ...call, regionId: region, vpcId: vpcOf(vpcId) }),
      );
  }
}
