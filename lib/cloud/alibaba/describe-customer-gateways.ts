import "server-only";
import type { DescribeCustomerGatewaysRequest } from "@/lib/schemas/alibaba/describe-customer-gateways";
import type { CloudCustomerGateway, CloudPage } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaCustomerGateway } from "./reshape";

export async function describeAlibabaCustomerGateways(
  options: AlibabaActionOptions<DescribeCustomerGatewaysRequest>,
): Promise<CloudPage<CloudCustomerGateway>> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeCustomerGateways",
  });
  return {
    items: data.CustomerGateways.CustomerGateway.map(reshapeAlibabaCustomerGateway),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
