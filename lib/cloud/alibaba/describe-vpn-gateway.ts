import "server-only";
import type { DescribeVpnGatewayRequest } from "@/lib/schemas/alibaba/describe-vpn-gateway";
import type { CloudVpnGateway } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaVpnGateway } from "./reshape";

export async function describeAlibabaVpnGateway(
  options: AlibabaActionOptions<DescribeVpnGatewayRequest>,
): Promise<{ gateway: CloudVpnGateway; requestId: string }> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeVpnGateway",
  });
  return { gateway: reshapeAlibabaVpnGateway(data), requestId: data.RequestId };
}
