import "server-only";
import type { DescribeVpcTaskResultRequest } from "@/lib/schemas/tencent/describe-vpc-task-result";
import type { CloudTaskResult } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";

const STATUS: Record<string, CloudTaskResult["status"]> = {
  SUCCESS: "succeeded",
  FAILED: "failed",
  RUNNING: "running",
};

/** Polls an asynchronous VPC task (TaskId = RequestId of the create/delete call). */
export async function describeTencentVpcTaskResult(
  options: TencentActionOptions<DescribeVpcTaskResultRequest>,
): Promise<CloudTaskResult & { requestId: string }> {
  const data = await callTencent({
    ...options,
    action: "DescribeVpcTaskResult",
  });
  return {
    status: STATUS[data.Status.toUpperCase()] ?? "running",
    output: data.Output ?? undefined,
    resources: (data.Result ?? []).map((r) => ({ id: r.ResourceId, status: r.Status })),
    requestId: data.RequestId,
  };
}
