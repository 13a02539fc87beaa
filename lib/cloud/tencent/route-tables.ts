import "server-only";
import type { CloudClient } from "../client";
import type { CloudRouteTable } from "../shapes";
import { describeTencentRouteTables } from "./route-actions";

/** The most DescribeRouteTables answers in one page. */
const PAGE_SIZE = 100;

/**
 * Every route table of a VPC with its routes (they come inside each table), every page followed:
 * what a route-table picker shows, and what a new route is checked against (routeClashes).
 */
export async function listTencentRouteTables(options: {
  client: CloudClient;
  account?: string | undefined;
  region: string;
  vpcId: string;
  signal?: AbortSignal | undefined;
  /** Tables asked for per page (default and most: 100). */
  pageSize?: number | undefined;
}): Promise<CloudRouteTable[]> {
  const { vpcId, pageSize = PAGE_SIZE, ...call } = options;
  const tables: CloudRouteTable[] = [];
  for (;;) {
    const page = await describeTencentRouteTables({
      ...call,
      request: {
        Filters: [{ Name: "vpc-id", Values: [vpcId] }],
        Offset: String(tables.length),
        Limit: String(pageSize),
      },
    });
    tables.push(...page.items);
    if (page.items.length === 0 || tables.length >= page.total) return tables;
  }
}
