import "server-only";
import type { DescribeVpnConnectionsRequest } from "@/lib/schemas/alibaba/describe-vpn-connections";
import type { CloudPage, CloudVpnConnection } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaVpnConnection } from "./reshape";

export async function describeAlibabaVpnConnections(
  options: AlibabaActionOptions<DescribeVpnConnectionsRequest>,
): Promise<CloudPage<CloudVpnConnection>> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeVpnConnections",
  });
  return {
    items: data.VpnConnections.VpnConnection.map(reshapeAlibabaVpnConnection),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
