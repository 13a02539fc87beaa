import { isRef, isSecret, type PlanStep, type PlanValue } from "@/lib/design/plan/types";
import type { StepRequest } from "./drivers/driver";
import type { StepOutputs } from "./types";

export class UnresolvedReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnresolvedReferenceError";
  }
}

/**
 * A step's parameters as they are sent: `{ $ref }` replaced by the named earlier step's output (a
 * resource id, or a gateway's public IP once active), `{ $secret: "psk" }` by the decrypted key.
 * The result holds the key in clear: it goes to the cloud call and nowhere else (never logged,
 * never stored).
 */
export function resolveStepParams(
  step: PlanStep,
  outputs: ReadonlyMap<string, StepOutputs>,
  psk: string | null,
): StepRequest {
  const resolve = (value: PlanValue | undefined): unknown => {
    if (isSecret(value)) {
      if (psk === null) throw new UnresolvedReferenceError("The link has no pre-shared key.");
      return psk;
    }
    if (isRef(value)) {
      const resolved = outputs.get(value.$ref)?.[value.output];
      if (!resolved) {
        throw new UnresolvedReferenceError(
          `Step ${step.id} needs ${value.output} of ${value.$ref}, which is not known yet.`,
        );
      }
      return resolved;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item)]));
    }
    return value;
  };
  // The plan was compiled (and checked) from this action's request; the call parses it again.
  return resolve(step.params) as StepRequest;
}
