import { z } from "zod";

/** The execution of a link's approved plan, as the status API returns it (client-safe). */

export const STEP_STATES = ["pending", "running", "waiting", "done", "failed"] as const;
export const EXECUTION_STATES = ["queued", "running", "succeeded", "failed"] as const;

const stepErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
});

export const executionStepViewSchema = z.object({
  stepId: z.string(),
  provider: z.enum(["tencent", "alibaba"]),
  action: z.enum(["CreateVpnGateway", "CreateCustomerGateway", "CreateVpnConnection"]),
  region: z.string(),
  state: z.enum(STEP_STATES),
  attempts: z.number().int(),
  resourceId: z.string().nullable(),
  /** The resource's state in the cloud, as the cloud spells it. */
  cloudState: z.string().nullable(),
  publicIp: z.string().nullable(),
  orderId: z.string().nullable(),
  adopted: z.boolean(),
  error: stepErrorSchema.nullable(),
});

export const linkExecutionViewSchema = z.object({
  linkState: z.string(),
  execution: z
    .object({
      id: z.string(),
      state: z.enum(EXECUTION_STATES),
      planHash: z.string(),
      claims: z.number().int(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
      error: stepErrorSchema.extend({ stepId: z.string().optional() }).nullable(),
    })
    .nullable(),
  steps: z.array(executionStepViewSchema),
  /** Nothing will change any more without a person acting: stop polling. */
  terminal: z.boolean(),
  /** The caller may retry the failed execution (owner with link.submit). */
  canRetry: z.boolean(),
});

export type ExecutionStepView = z.infer<typeof executionStepViewSchema>;
export type LinkExecutionView = z.infer<typeof linkExecutionViewSchema>;
