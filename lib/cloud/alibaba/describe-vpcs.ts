import "server-only";
import type { DescribeVpcsRequest } from "@/lib/schemas/alibaba/describe-vpcs";
import type { CloudPage, CloudVpc } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaVpc } from "./reshape";

export async function describeAlibabaVpcs(
  options: AlibabaActionOptions<DescribeVpcsRequest>,
): Promise<CloudPage<CloudVpc>> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeVpcs",
  });
  return {
    items: data.Vpcs.Vpc.map(reshapeAlibabaVpc),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
