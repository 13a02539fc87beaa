import "server-only";
import type { DescribeRegionsRequest } from "@/lib/schemas/alibaba/describe-regions";
import type { CloudRegion } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";

/** Lists regions; without RegionId the call goes to the central endpoint (cn-hangzhou). */
export async function describeAlibabaRegions(
  options: AlibabaActionOptions<DescribeRegionsRequest>,
): Promise<{ regions: CloudRegion[]; requestId: string }> {
  const { data } = await callAlibaba({
    ...options,
    action: "DescribeRegions",
  });
  return {
    regions: data.Regions.Region.map((r) => ({
      id: r.RegionId,
      name: r.LocalName,
      endpoint: r.RegionEndpoint,
    })),
    requestId: data.RequestId,
  };
}
