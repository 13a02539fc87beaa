import { z } from "zod";

/** The execution of a link's approved plan, as the status API returns it (client-safe). */

export const STEP_STATES = ["pending", "running", "waiting", "done", "failed"] as const;
export const EXECUTION_STATES = ["queued", "running", "succeeded", "failed"] as const;

/** What a step produced, as later steps and the status page need it. */
export type StepOutputs = {
  id?: string;
  publicIp?: string;
  /** Alibaba CreateVpnGateway's order (a number in the API; kept as text). */
  orderId?: string;
  /** A prepaid gateway: the end of its paid term (ISO 8601; Tencent ExpiredTime, Alibaba EndTime). */
  prepaidUntil?: string;
  /** A prepaid Tencent gateway's RenewFlag: renewed automatically, or by hand. */
  renewal?: "auto" | "manual";
  /** Tencent CreateVpnConnection's asynchronous task (= the create's RequestId). */
  taskId?: string;
  /** RequestId of the create call. */
  requestId?: string;
  /** Found in the cloud after an ambiguous failure instead of created again. */
  adopted?: boolean;
  /** A delete step: its delete call removed the resource. */
  deleted?: boolean;
  /** A delete step: the resource was not there (any more) — deleted by a resend or elsewhere. */
  alreadyGone?: boolean;
  /** A customer-gateway delete step: a tunnel the link did not create still uses it; it stays. */
  keptInUse?: boolean;
};

/** The cloud's (or the portal's) reason for a failure, as shown to people. */
export type StepError = {
  code: string;
  message: string;
  requestId?: string | undefined;
  /**
   * The cloud refused the step's only kind of attempt outright (a definite 4xx) and no earlier
   * attempt had an unknown outcome: the step made nothing, so a clean-up has nothing to find.
   */
  refused?: true | undefined;
};

/** Why an execution was refused or failed, and at which step. */
export type ExecutionError = StepError & { stepId?: string | undefined };

const stepErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  /** Refused outright on the step's only attempts: the step made nothing in the cloud. */
  refused: z.literal(true).optional(),
  /**
   * A cloud error's explanation (what happened, what to do) in each UI language; absent for the
   * portal's own codes (`Portal.*`), which the browser explains from its messages.
   */
  explanation: z.object({ en: z.string(), zh: z.string() }).optional(),
});

export const executionStepViewSchema = z.object({
  stepId: z.string(),
  provider: z.enum(["tencent", "alibaba"]),
  action: z.enum([
    "CreateVpnGateway",
    "CreateCustomerGateway",
    "CreateVpnConnection",
    "DeleteVpnConnection",
    "DeleteCustomerGateway",
    "DeleteVpnGateway",
    "CreateRoutes",
    "CreateVpnGatewayRoutes",
    "CreateRouteEntry",
    "CreateVpnRouteEntry",
    "DeleteRoutes",
    "DeleteVpnGatewayRoutes",
    "DeleteRouteEntry",
    "DeleteVpnRouteEntry",
    "ModifyVpnConnectionAttribute",
  ]),
  region: z.string(),
  state: z.enum(STEP_STATES),
  attempts: z.number().int(),
  resourceId: z.string().nullable(),
  /** The resource's state in the cloud, as the cloud spells it. */
  cloudState: z.string().nullable(),
  publicIp: z.string().nullable(),
  orderId: z.string().nullable(),
  /** A prepaid gateway's term end and renewal, as the cloud reports them (absent: not prepaid). */
  prepaidUntil: z.string().nullable().optional(),
  renewal: z.enum(["auto", "manual"]).nullable().optional(),
  adopted: z.boolean(),
  /** RequestId of the step's create call (what a support ticket to the cloud needs), or of its failure. */
  requestId: z.string().nullable(),
  /** When the step was started and finished (ISO 8601). */
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
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
