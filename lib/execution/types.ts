import type { PlanStep } from "@/lib/design/plan/types";

import type {
  EXECUTION_STATES,
  STEP_STATES,
  StepError,
  StepOutputs,
} from "@/lib/schemas/execution";

/** A step's place in the ledger: pending → running → waiting (for active) → done | failed. */
export type StepState = (typeof STEP_STATES)[number];

/** queued → running → succeeded | failed (failed → queued again on retry). */
export type ExecutionState = (typeof EXECUTION_STATES)[number];

export type { StepError, StepOutputs } from "@/lib/schemas/execution";

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
  /** When the current create attempt was last proven under the lease (database time). */
  attemptSentAt: Date | null;
};
