import "server-only";
import type { DescribeVpnConnectionsRequest } from "@/lib/schemas/tencent/describe-vpn-connections";
import type { CloudPage, CloudVpnConnection } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpnConnection } from "./reshape";

export async function describeTencentVpnConnections(
  options: TencentActionOptions<DescribeVpnConnectionsRequest>,
): Promise<CloudPage<CloudVpnConnection>> {
  const data = await callTencent({
    ...options,
    action: "DescribeVpnConnections",
  });
  return {
    items: data.VpnConnectionSet.map(reshapeTencentVpnConnection),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
