import "server-only";
import type { DescribeVpnGatewaysRequest } from "@/lib/schemas/alibaba/describe-vpn-gateways";
import type { CloudPage, CloudVpnGateway } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaVpnGateway } from "./reshape";

export async function describeAlibabaVpnGateways(
  options: AlibabaActionOptions<DescribeVpnGatewaysRequest>,
): Promise<CloudPage<CloudVpnGateway>> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeVpnGateways",
  });
  return {
    items: data.VpnGateways.VpnGateway.map(reshapeAlibabaVpnGateway),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
