import "server-only";
import type { RequestOf } from "@/lib/design/catalogue";
import { cloudPage } from "../shapes";
import {
  alibabaAction,
  callAlibaba,
  type AlibabaAction,
  type AlibabaActionOptions,
} from "./call-alibaba";
import {
  reshapeAlibabaRouteEntry,
  reshapeAlibabaRouteTable,
  reshapeAlibabaVpnRouteEntry,
} from "./reshape-routes";

/**
 * Alibaba's route actions (cloud-api-lifecycle.md §2.8, §2.10). Route-table entries are
 * asynchronous per entry (`Creating`/`Deleting`, one change at a time per VPC); VPN route entries
 * lock their gateway (`updating` → `active`, one change at a time per gateway).
 */

type Options<A extends AlibabaAction> = AlibabaActionOptions<RequestOf<"alibaba", A>>;

/** One page of route tables, without their entries (describeAlibabaRouteEntries brings them). */
export const describeAlibabaRouteTables = alibabaAction("DescribeRouteTableList", ({ data }) =>
  cloudPage(
    data,
    data.RouterTableList.RouterTableListType.map((table) => reshapeAlibabaRouteTable(table)),
  ),
);

/** One page of a table's entries; `nextToken` is undefined after the last page. */
export async function describeAlibabaRouteEntries(options: Options<"DescribeRouteEntryList">) {
  const { data } = await callAlibaba({ ...options, action: "DescribeRouteEntryList" });
  const tableId = options.request.RouteTableId;
  return {
    items: data.RouteEntrys.RouteEntry.map((entry) => reshapeAlibabaRouteEntry(entry, tableId)),
    nextToken: data.NextToken || undefined,
    requestId: data.RequestId,
  };
}

/** Adds a table entry toward a VPN gateway (asynchronous: `Creating` → `Available`). */
export const createAlibabaRouteEntry = alibabaAction(
  "CreateRouteEntry",
  ({ data, clientToken }) => ({
    routeEntryId: data.RouteEntryId,
    clientToken,
    requestId: data.RequestId,
  }),
);

/** Deletes a table entry (asynchronous: `Deleting`, then gone). No ClientToken: sent once. */
export const deleteAlibabaRouteEntry = alibabaAction("DeleteRouteEntry", ({ data }) => ({
  requestId: data.RequestId,
}));

export async function createAlibabaVpnRouteEntry(options: Options<"CreateVpnRouteEntry">) {
  const { data, clientToken } = await callAlibaba({ ...options, action: "CreateVpnRouteEntry" });
  return {
    route: reshapeAlibabaVpnRouteEntry(data, options.request.VpnGatewayId),
    clientToken,
    requestId: data.RequestId,
  };
}

export const deleteAlibabaVpnRouteEntry = alibabaAction(
  "DeleteVpnRouteEntry",
  ({ data, clientToken }) => ({ clientToken, requestId: data.RequestId }),
);

export async function describeAlibabaVpnRouteEntries(options: Options<"DescribeVpnRouteEntries">) {
  const { data } = await callAlibaba({ ...options, action: "DescribeVpnRouteEntries" });
  const gatewayId = options.request.VpnGatewayId;
  return cloudPage(
    data,
    data.VpnRouteEntries.VpnRouteEntry.map((route) =>
      reshapeAlibabaVpnRouteEntry(route, gatewayId),
    ),
  );
}

/** The route actions' part of ALIBABA_CALLS. */
export const ALIBABA_ROUTE_CALLS = {
  CreateRouteEntry: createAlibabaRouteEntry,
  CreateVpnRouteEntry: createAlibabaVpnRouteEntry,
  DeleteRouteEntry: deleteAlibabaRouteEntry,
  DeleteVpnRouteEntry: deleteAlibabaVpnRouteEntry,
  DescribeRouteEntryList: describeAlibabaRouteEntries,
  DescribeRouteTableList: describeAlibabaRouteTables,
  DescribeVpnRouteEntries: describeAlibabaVpnRouteEntries,
};
