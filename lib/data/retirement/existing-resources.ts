import type { CreatePlan, PlanValue } from "@/lib/design/plan/types";
import type { KeptResourceRecord } from "@/lib/schemas/link-plan";

const PICKED: Record<string, KeptResourceRecord["kind"]> = {
  VpnGatewayId: "vpnGateway",
  CustomerGatewayId: "customerGateway",
};

function collect(value: PlanValue | undefined, into: Map<string, KeptResourceRecord>) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const kind = PICKED[key];
    // A literal id (not a `$ref` to a create step) is a resource the design picked as existing.
    if (kind && typeof item === "string") {
      into.set(item, { resourceId: item, kind, reason: "existing" });
    } else collect(item, into);
  }
}

/** The gateways and customer gateways the link uses but did not create: a teardown keeps them. */
export function existingResourcesOf(plan: CreatePlan): KeptResourceRecord[] {
  const found = new Map<string, KeptResourceRecord>();
  for (const step of plan.steps) collect(step.params, found);
  return [...found.values()];
}
