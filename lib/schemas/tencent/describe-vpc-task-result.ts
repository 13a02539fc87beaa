import { z } from "zod";
import { nonEmpty } from "../common";
import { requestIdSchema } from "./shared";

/** Tencent VPC 2017-03-12 DescribeVpcTaskResult: TaskId = RequestId of the async call. */

export const describeVpcTaskResultRequestSchema = z.object({ TaskId: nonEmpty("TaskId") });

export type DescribeVpcTaskResultRequest = z.input<typeof describeVpcTaskResultRequestSchema>;

export const describeVpcTaskResultResponseSchema = z.object({
  Status: z.string(),
  Output: z.string().nullable().optional(),
  Result: z
    .array(z.object({ ResourceId: z.string().optional(), Status: z.string().optional() }))
    .nullable()
    .optional(),
  RequestId: requestIdSchema,
});
