import "server-only";
import type { CloudClient } from "../client";
import type { CloudRoute, CloudRouteTable } from "../shapes";
import { describeAlibabaRouteEntries, describeAlibabaRouteTables } from "./route-actions";

/** The most each Describe answers in one page. */
const TABLES_PER_PAGE = 50;
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
  const tables: CloudRouteTable[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await describeAlibabaRouteTables({
      ...transport,
      request: {
        RegionId: regionId,
        VpcId: vpcId,
        PageNumber: pageNumber,
        PageSize: TABLES_PER_PAGE,
      },
    });
    tables.push(...page.items);
    if (page.items.length === 0 || tables.length >= page.total) break;
  }
  for (const table of tables) {
    table.routes = await entriesOf({ ...call, entriesPerPage, routeTableId: table.id });
  }
  return tables;
}
