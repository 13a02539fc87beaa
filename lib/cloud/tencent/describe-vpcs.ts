import "server-only";
import type { DescribeVpcsRequest } from "@/lib/schemas/tencent/describe-vpcs";
import type { CloudPage, CloudVpc } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpc } from "./reshape";

export async function describeTencentVpcs(
  options: TencentActionOptions<DescribeVpcsRequest>,
): Promise<CloudPage<CloudVpc>> {
  const data = await callTencent({
    ...options,
    action: "DescribeVpcs",
  });
  return {
    items: data.VpcSet.map(reshapeTencentVpc),
    total: data.TotalCount,
    requestId: data.RequestId,
  };
}
