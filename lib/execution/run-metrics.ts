import "server-only";
import { recordStepFinished } from "@/lib/metrics/record";
import type { LedgerStep, StepState } from "./types";

/** Counts a step whose recorded change ended it (done or failed), once committed. */
export function countFinishedStep(step: LedgerStep, patched: StepState | undefined): LedgerStep {
  if (patched === "done" || patched === "failed") {
    recordStepFinished({ provider: step.step.provider, action: step.step.action, state: patched });
  }
  return step;
}
