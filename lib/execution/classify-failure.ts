import { CloudError, TRANSPORT_CODES } from "@/lib/cloud/errors";
import { stepEntry } from "@/lib/design/catalogue";
import type { PlanStep } from "@/lib/design/plan/types";
import type { StepError } from "./types";

/**
 * What a failed cloud call means for the executor:
 * - `throttled`: rate limited — the cloud did nothing; wait and send again.
 * - `busy`: the resource takes one operation at a time — the cloud did nothing; wait and send again.
 * - `ambiguous`: nobody knows whether the cloud acted (timeout, dropped connection, 5xx, garbage
 *   answer). Alibaba: send again with the same ClientToken. Tencent: look the resource up first.
 * - `definite`: the cloud refused (a 4xx code): the step fails with the cloud's code and message.
 */
export type FailureKind = "throttled" | "busy" | "ambiguous" | "definite";

const BUSY = new Set([
  "VpnGateway.Configuring",
  "Appliance.Configuring",
  "VpnTask.CONFLICT",
  "VpnConnection.Configuring",
  "TaskConflict",
  "UnsupportedOperation.MutexOperationTaskRunning",
]);

const AMBIGUOUS = new Set<string>([
  TRANSPORT_CODES.timeout,
  TRANSPORT_CODES.network,
  TRANSPORT_CODES.httpStatus,
  TRANSPORT_CODES.malformed,
  TRANSPORT_CODES.unexpectedShape,
  "InternalError",
  "InternalServerError",
  "InternalError.ModuleError",
  "ServiceUnavailable",
  "UnknownError",
]);

/**
 * `step`: the plan step whose call failed — its catalogue entry may name more busy answers of its
 * own (the deletes' `busy`: e.g. Tencent `UnsupportedOperation.InvalidState` on a gateway busy with
 * another change), which are not busy for every action.
 */
export function classifyCloudFailure(error: CloudError, step?: PlanStep): FailureKind {
  const { code } = error;
  if (code.startsWith("Throttling") || code.startsWith("RequestLimitExceeded")) return "throttled";
  if (BUSY.has(code)) return "busy";
  if (step && stepEntry(step.provider, step.action).busy?.includes(code)) return "busy";
  if (AMBIGUOUS.has(code) || code.startsWith("InternalError.")) return "ambiguous";
  if (error.httpStatus !== undefined && error.httpStatus >= 500) return "ambiguous";
  return "definite";
}

/**
 * The cloud's documented answer that a resource of this name (or address) already exists, for the
 * step's `lookupAndAdopt` create (the catalogue's `alreadyExists`). Still a `definite` refusal:
 * only after an attempt of unknown outcome does it mean that attempt made the resource.
 */
export function saysAlreadyExists(step: PlanStep, error: CloudError): boolean {
  return stepEntry(step.provider, step.action).alreadyExists?.includes(error.code) === true;
}

export function stepErrorOf(error: CloudError): StepError {
  return {
    code: error.code,
    message: error.message,
    ...(error.requestId ? { requestId: error.requestId } : {}),
  };
}

export { CloudError };
