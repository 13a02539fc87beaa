import "server-only";
import {
  describeVpnGatewaysRequestSchema,
  describeVpnGatewaysResponseSchema,
  type DescribeVpnGatewaysRequest,
} from "@/lib/schemas/tencent/describe-vpn-gateways";
import type { CloudPage, CloudVpnGateway } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpnGateway } from "./reshape";

export async function describeTencentVpnGateways(
  options: TencentActionOptions<DescribeVpnGatewaysRequest>,
): Promise<CloudPage<CloudVpnGateway>> {
  const data = await callTencent({
    ...options,
    action: "DescribeVpnGateways",
    requestSchema: describeVpnGatewaysRequestSchema,
    responseSchema: describeVpnGatewaysResponseSchema,
    idempotent: true,
  });
  return {
    items: data.VpnGatewaySet.map(reshapeTencentVpnGateway),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
