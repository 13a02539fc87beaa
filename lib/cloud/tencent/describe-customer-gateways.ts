import "server-only";
import type { DescribeCustomerGatewaysRequest } from "@/lib/schemas/tencent/describe-customer-gateways";
import type { CloudCustomerGateway, CloudPage } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentCustomerGateway } from "./reshape";

export async function describeTencentCustomerGateways(
  options: TencentActionOptions<DescribeCustomerGatewaysRequest>,
): Promise<CloudPage<CloudCustomerGateway>> {
  const data = await callTencent({
    ...options,
    action: "DescribeCustomerGateways",
  });
  return {
    items: data.CustomerGatewaySet.map(reshapeTencentCustomerGateway),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
