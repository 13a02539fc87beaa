import "server-only";
import type { CloudClient } from "../client";
import { completeList } from "../paging";
import type { CloudRouteTable } from "../shapes";
import { listTencentPages } from "./pages";
import { describeTencentRouteTables } from "./route-actions";

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
  const { vpcId, pageSize, ...call } = options;
  const list = await listTencentPages({
    pageSize,
    readPage: ({ Offset, Limit }) =>
      describeTencentRouteTables({
        ...call,
        request: {
          Filters: [{ Name: "vpc-id", Values: [vpcId] }],
          Offset: String(Offset),
          Limit: String(Limit),
        },
      }),
  });
  return completeList(list, { provider: "tencent", action: "DescribeRouteTables" });
}
