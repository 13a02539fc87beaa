import { existsSync, writeFileSync } from "node:fs";
import type { SendHooks } from "@/lib/execution/attempt-window";

/**
 * A worker process starved of CPU, on purpose: at `moment` of its first create of `stepId` (before
 * or after the send guard proves the lease), it writes `markerFile` and then blocks its whole
 * thread — no timers, no heartbeat, no I/O — until `releaseFile` exists. What a loaded machine
 * does by chance, a test does on cue.
 */
export type StallConfig = {
  stepId: string;
  moment: "unproven" | "proven";
  markerFile: string;
  releaseFile: string;
};

export function stallHooks(config: StallConfig): SendHooks {
  let stalled = false;
  return {
    beforeSend(step, moment) {
      if (stalled || step.step.id !== config.stepId || moment !== config.moment) return;
      stalled = true;
      writeFileSync(config.markerFile, String(process.pid));
      const cell = new Int32Array(new SharedArrayBuffer(4));
      while (!existsSync(config.releaseFile)) Atomics.wait(cell, 0, 0, 20);
    },
  };
}
