import type { AuditEventInput } from "@/lib/schemas/audit-event";
import type { LedgerStep } from "./types";

/** The audit rows a step writes as it recovers and ends (the payloads of lib/schemas/audit-event). */

/** How a step went on after a failure without risking a second resource. */
export type Resolution =
  | "resend_same_token"
  // Change steps (Tencent Modify…, no token): the same values sent again.
  | "resend_same_values"
  | "adopted"
  | "not_found_create_again"
  | "backoff"
  | "adopted_after_duplicate"
  // Delete steps (Tencent, no token) after an uncertain delete: what a look found.
  | "seen_gone"
  | "seen_deleting"
  | "still_there_delete_again";

export const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

export function recovered(
  current: LedgerStep,
  cause: { code: string; requestId?: string | undefined },
  resolution: Resolution,
): AuditEventInput {
  return {
    action: "execution.step_recovered",
    payload: {
      executionId: current.executionId,
      stepId: current.step.id,
      code: cause.code,
      ...optional("requestId", cause.requestId),
      resolution,
    },
  };
}

export function doneAudit(current: LedgerStep): AuditEventInput {
  return {
    action: "execution.step_done",
    payload: {
      executionId: current.executionId,
      stepId: current.step.id,
      resourceId: current.resourceId ?? "",
      ...optional("orderId", current.outputs.orderId),
      ...optional("publicIp", current.outputs.publicIp),
      adopted: current.outputs.adopted === true,
      ...(current.outputs.deleted ? { deleted: true } : {}),
      ...(current.outputs.alreadyGone ? { alreadyGone: true } : {}),
      ...(current.outputs.keptInUse ? { keptInUse: true } : {}),
      attempts: current.attempts,
    },
  };
}
