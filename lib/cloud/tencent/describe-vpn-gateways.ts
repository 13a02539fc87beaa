import "server-only";
import type { DescribeVpnGatewaysRequest } from "@/lib/schemas/tencent/describe-vpn-gateways";
import type { CloudPage, CloudVpnGateway } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpnGateway } from "./reshape";

export async function describeTencentVpnGateways(
  options: TencentActionOptions<DescribeVpnGatewaysRequest>,
): Promise<CloudPage<CloudVpnGateway>> {
  const data = await callTencent({
    ...options,
    action: "DescribeVpnGateways",
  });
  return {
    items: data.VpnGatewaySet.map(reshapeTencentVpnGateway),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
