import "server-only";
import { startHeartbeat } from "./lease";
import { loadLedger } from "./ledger";
import type { StepRequest } from "./drivers";
import { finishExecution } from "./finish-execution";
import { resolveStepParams, UnresolvedReferenceError } from "./resolve-params";
import { failStep, runStep, type StepRunContext } from "./run-step";
import type { StartedExecution } from "./start-execution";
import type { LedgerStep, StepOutputs } from "./types";

export type ExecutionRunOptions = Omit<StepRunContext, "lease" | "signal" | "scrub"> & {
  /** Shutdown: stop between calls and leave the rest to whoever claims the execution next. */
  signal: AbortSignal;
};

/**
 * Runs a claimed execution: every step whose dependencies are done starts at once (both gateways of
 * a cloud ↔ cloud link together), each next step as soon as its inputs exist; done steps are never
 * run again. When nothing can run any more, the execution ends (all done → succeeded).
 */
export async function runExecution(
  options: ExecutionRunOptions,
  started: StartedExecution,
): Promise<"succeeded" | "failed"> {
  const { lease, plan, planHash, psk } = started;
  const heartbeat = startHeartbeat(options.db, lease);
  const signal = AbortSignal.any([options.signal, heartbeat.lost]);
  const scrub = (text: string) => (psk ? text.split(psk).join("••••••") : text);
  const ctx: StepRunContext = { ...options, lease, signal, scrub };
  try {
    const steps = new Map<string, LedgerStep>(
      (await loadLedger(options.db, lease.executionId, plan)).map((s) => [s.step.id, s]),
    );
    const running = new Map<string, Promise<void>>();
    for (;;) {
      const outputs = new Map<string, StepOutputs>(
        [...steps.values()].filter((s) => s.state === "done").map((s) => [s.step.id, s.outputs]),
      );
      for (const current of steps.values()) {
        const open = current.state !== "done" && current.state !== "failed";
        const ready = current.step.dependsOn.every((dep) => steps.get(dep)?.state === "done");
        if (!open || !ready || running.has(current.step.id)) continue;
        running.set(
          current.step.id,
          startStep(ctx, current, outputs, psk).then((settled) => {
            steps.set(settled.step.id, settled);
            running.delete(settled.step.id);
          }),
        );
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    signal.throwIfAborted();
    const finish = started.finish ?? finishExecution;
    return await finish(options.db, lease, planHash, [...steps.values()]);
  } finally {
    heartbeat.stop();
  }
}

/** Resolves the step's inputs and runs it; inputs that cannot exist fail the step, not the worker. */
async function startStep(
  ctx: StepRunContext,
  current: LedgerStep,
  outputs: ReadonlyMap<string, StepOutputs>,
  psk: string | null,
): Promise<LedgerStep> {
  let params: StepRequest;
  try {
    params = resolveStepParams(current.step, outputs, psk);
  } catch (error) {
    if (!(error instanceof UnresolvedReferenceError)) throw error;
    return failStep(ctx, current, { code: "Portal.UnresolvedReference", message: error.message });
  }
  return runStep(ctx, current, params);
}
