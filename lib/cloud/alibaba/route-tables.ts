import "server-only";
import type { CloudClient } from "../client";
import { completeList } from "../paging";
import type { CloudRoute, CloudRouteTable } from "../shapes";
import { listAlibabaPages } from "./pages";
import { describeAlibabaRouteEntries, describeAlibabaRouteTables } from "./route-actions";

/** The most DescribeRouteEntryList answers in one page (it pages by NextToken). */
const ENTRIES_PER_PAGE = 100;

type ListOptions = {
  client: CloudClient;
  account?: string | undefined;
  regionId: string;
  signal?: AbortSignal | undefined;
  /** Entries asked for per page (default and most: 100). */
  entriesPerPage?: number | undefined;
};

async function entriesOf(options: ListOptions & { routeTableId: string }): Promise<CloudRoute[]> {
  const { regionId, routeTableId, entriesPerPage = ENTRIES_PER_PAGE, ...call } = options;
  const routes: CloudRoute[] = [];
  let nextToken: string | undefined;
  do {
    const page = await describeAlibabaRouteEntries({
      ...call,
      request: {
        RegionId: regionId,
        RouteTableId: routeTableId,
        MaxResult: entriesPerPage,
        ...(nextToken ? { NextToken: nextToken } : {}),
      },
    });
    routes.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return routes;
}

/**
 * Every route table of a VPC with its entries, every page of both followed: what a route-table
 * picker shows, and what a new route is checked against (routeClashes).
 */
export async function listAlibabaRouteTables(
  options: ListOptions & { vpcId: string },
): Promise<CloudRouteTable[]> {
  const { vpcId, entriesPerPage, ...call } = options;
  const { regionId, ...transport } = call;
  const list = await listAlibabaPages({
    readPage: (paging) =>
      describeAlibabaRouteTables({
        ...transport,
        request: { RegionId: regionId, VpcId: vpcId, ...paging },
      }),
  });
  const tables = completeList(list, { provider: "alibaba", action: "DescribeRouteTableList" });
  for (const table of tables) {
    table.routes = await entriesOf({ ...call, entriesPerPage, routeTableId: table.id });
  }
  return tables;
}
