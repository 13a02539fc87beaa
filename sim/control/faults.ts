import { z } from "zod";

export const faultModes = ["error", "latency", "drop", "throttle"] as const;

export const faultSchema = z
  .strictObject({
    provider: z.enum(["tencent", "alibaba"]).optional(),
    action: z
      .string()
      .min(1, "action is required (e.g. CreateVpnConnection, or * for every action)"),
    mode: z.enum(faultModes),
    count: z.number().int().min(1).max(100_000).default(1),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    httpStatus: z.number().int().min(200).max(599).optional(),
    code: z.string().min(1).max(100).optional(),
    /**
     * Fires only for calls whose request has each of these top-level parameters with exactly this
     * value (e.g. `{ "VpnConnectionName": "e2e-1" }`): a test's fault leaves the calls of other
     * tests running on the same simulator alone.
     */
    match: z.record(z.string().min(1).max(100), z.string().max(200)).optional(),
  })
  .refine((f) => f.mode !== "latency" || f.latencyMs !== undefined, {
    message: "latencyMs is required when mode is latency",
    path: ["latencyMs"],
  });

export const setFaultsBodySchema = z.union([
  faultSchema,
  z.strictObject({ faults: z.array(faultSchema).max(100) }),
]);

export type Fault = z.infer<typeof faultSchema>;

export interface ActiveFault extends Fault {
  remaining: number;
}

/** Faults armed through POST /_sim/faults; each fires for the next `count` matching calls. */
export class FaultRegistry {
  private faults: ActiveFault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.count });
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Consumes and returns the first armed fault matching this call, if any. */
  take(
    provider: "tencent" | "alibaba",
    action: string,
    params: unknown = {},
  ): ActiveFault | undefined {
    const fault = this.faults.find(
      (f) =>
        (f.provider === undefined || f.provider === provider) &&
        (f.action === "*" || f.action === action) &&
        matches(f.match, params),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { ...fault };
  }
}

/** Whether the request's top-level parameters hold every value `match` names (as text). */
function matches(match: Record<string, string> | undefined, params: unknown): boolean {
  if (!match) return true;
  if (typeof params !== "object" || params === null) return false;
  const given = new Map(Object.entries(params));
  return Object.entries(match).every(([name, value]) => String(given.get(name)) === value);
}
