import "server-only";
import type { CloudTaskResult } from "@/lib/cloud/shapes";
import { callOptions, type DriverContext, type ResourceProbe } from "./driver";

/** What every Tencent call of a step is sent with: the step's account, its region, its signal. */
export const call = (ctx: DriverContext) => ({ ...callOptions(ctx), region: ctx.step.region });

/** A tunnel task (DescribeVpcTaskResult) that ended FAILED: the step fails with the cloud's words. */
export function taskFailed(
  task: CloudTaskResult & { requestId: string },
  doing: "creation" | "deletion",
): ResourceProbe {
  return {
    status: "failed",
    cloudState: "FAILED",
    error: {
      code: "Cloud.TaskFailed",
      message: task.output ?? `The tunnel's ${doing} task failed.`,
      requestId: task.requestId,
    },
  };
}
