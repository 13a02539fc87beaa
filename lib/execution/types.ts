import type { PlanStep } from "@/lib/design/plan/types";

import type { EXECUTION_STATES, STEP_STATES } from "@/lib/schemas/execution";

/** A step's place in the ledger: pending → running → waiting (for active) → done | failed. */
export type StepState = (typeof STEP_STATES)[number];

/** queued → running → succeeded | failed (failed → queued again on retry). */
export type ExecutionState = (typeof EXECUTION_STATES)[number];

/** What a step produced, as later steps and the status page need it. */
export type StepOutputs = {
  id?: string;
  publicIp?: string;
  /** Alibaba CreateVpnGateway's order (a number in the API; kept as text). */
  orderId?: string;
  /** Tencent CreateVpnConnection's asynchronous task (= the create's RequestId). */
  taskId?: string;
  /** RequestId of the create call. */
  requestId?: string;
  /** Found in the cloud after an ambiguous failure instead of created again. */
  adopted?: boolean;
};

/** The cloud's (or the portal's) reason for a failure, as shown to people. */
export type StepError = { code: string; message: string; requestId?: string | undefined };

/** One ledger row as the executor works with it. */
export type LedgerStep = {
  executionId: string;
  step: PlanStep;
  position: number;
  state: StepState;
  attempts: number;
  token: string;
  resourceId: string | null;
  outputs: StepOutputs;
  cloudState: string | null;
  lastError: StepError | null;
};
