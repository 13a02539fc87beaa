import { z } from "zod";
import { STEP_STATES } from "@/lib/schemas/execution";
import { keptResourceSchema } from "@/lib/schemas/link-plan";
import type { DeletePlanStep } from "./types";

/** The stored form of a teardown link plan (`link_plans.plan`), read back before it runs. */

const deleteStepSchema = z.looseObject({
  id: z.string(),
  provider: z.enum(["tencent", "alibaba"]),
  account: z.string(),
  region: z.string(),
  endpointHost: z.string(),
  action: z.string().startsWith("Delete"),
  params: z.record(z.string(), z.string()),
  dependsOn: z.array(z.string()),
});

/** A stored teardown: the delete plan in dependency order, and what stays with why. */
export const storedTeardownSchema = z.object({
  kind: z.literal("teardown"),
  deletePlan: z.object({
    version: z.literal(1),
    steps: z.array(
      z.custom<DeletePlanStep>((value) => deleteStepSchema.safeParse(value).success, {
        error: "Not a delete step.",
      }),
    ),
  }),
  kept: z.array(keptResourceSchema),
  unresolved: z.array(
    z.object({
      stepId: z.string(),
      state: z.enum(STEP_STATES),
      attempts: z.number().int(),
      lastError: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});
export type StoredTeardown = z.infer<typeof storedTeardownSchema>;
