import { stepEntry, type DeleteStepActionName, type PlanStepKind } from "@/lib/design/catalogue";
import type { STEP_STATES } from "@/lib/schemas/execution";
import {
  isRef,
  type CreatePlan,
  type CreatePlanStep,
  type DeletePlanStep,
  type PlanStepOf,
  type PlanValue,
} from "./types";
import type { CloudProviderName } from "./providers";

type StepState = (typeof STEP_STATES)[number];

/** What compileTeardown needs of one ledger row of the run that executed the create plan. */
export type TeardownLedgerRow = {
  stepId: string;
  state: StepState;
  /** The resource the step created (or adopted); null while its outcome is unknown. */
  resourceId: string | null;
  /** Create calls sent: 0 means nothing ever reached the cloud. */
  attempts: number;
  lastError?: { code: string; message: string; refused?: true | undefined } | null;
};

/** A create step that may or may not have made a resource: an approver must see it. */
export type UnresolvedStep = {
  stepId: string;
  state: StepState;
  attempts: number;
  lastError?: { code: string; message: string };
};

/**
 * A created resource the teardown leaves in place:
 * - `prepaid`: a subscription gateway (Tencent PREPAID, Alibaba PREPAY) cannot be deleted inside
 *   its term (cloud-api-lifecycle.md §3.3); it is released at expiry or by a billing change;
 * - `dependentUnresolved`: a step whose outcome is unknown may have made a resource on it, so its
 *   delete would meet "in use" — it waits until that step is resolved.
 */
export type KeptResource = {
  stepId: string;
  resourceId: string;
  kind: PlanStepKind;
  reason: "prepaid" | "dependentUnresolved";
};

export type DeletePlan = { version: 1; steps: DeletePlanStep[] };

export type Teardown = { plan: DeletePlan; unresolved: UnresolvedStep[]; kept: KeptResource[] };

export class TeardownLedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TeardownLedgerError";
  }
}

/**
 * Route-table entries, then the gateways' routes, then tunnels, then customer gateways and
 * gateways (§3.1): a kind's deletes wait for these.
 */
const DELETE_ORDER: readonly PlanStepKind[] = [
  "route",
  "vpnGatewayRoute",
  "vpnConnection",
  "customerGateway",
  "vpnGateway",
];

const PREPAID_CHARGE: Record<CreatePlanStep["provider"], string> = {
  tencent: "PREPAID",
  alibaba: "PREPAY",
};

const kindOf = (step: CreatePlanStep): PlanStepKind =>
  stepEntry(step.provider, step.action).step.kind;

/** The steps whose resource id this value takes (`{ $ref, output: "id" }`, at any depth). */
function idRefs(value: PlanValue | undefined, into = new Set<string>()): Set<string> {
  if (isRef(value)) {
    if (value.output === "id") into.add(value.$ref);
  } else if (Array.isArray(value)) {
    for (const item of value) idRefs(item, into);
  } else if (typeof value === "object") {
    for (const item of Object.values(value)) idRefs(item, into);
  }
  return into;
}

const deleteIdOf = (stepId: string) => `delete-${stepId}`;

/**
 * The delete plan for exactly the resources one run of `plan` created, from that run's ledger:
 * one delete step per created resource, tunnels before the customer gateways and gateways they
 * use, each delete depending on the deletes that must finish first. Resources the design picked as
 * existing are never in it (no create step made them). Pure and deterministic: the same plan and
 * ledger always give the same teardown (within a kind, in the create plan's order).
 */
export function compileTeardown(plan: CreatePlan, ledger: readonly TeardownLedgerRow[]): Teardown {
  const rows = new Map(ledger.map((row) => [row.stepId, row]));
  const created = new Map<string, string>();
  const unresolved: UnresolvedStep[] = [];
  for (const step of plan.steps) {
    const row = rows.get(step.id);
    if (!row) throw new TeardownLedgerError(`The ledger has no row for step ${step.id}.`);
    if (row.resourceId) created.set(step.id, row.resourceId);
    else if (!madeNothing(row)) unresolved.push(unresolvedOf(row));
  }
  const unresolvedIds = new Set(unresolved.map((u) => u.stepId));
  const usedBy = (stepId: string) =>
    plan.steps.filter((other) => idRefs(other.params).has(stepId)).map((other) => other.id);
  const idOf = (value: PlanValue | undefined): string => {
    if (typeof value === "string") return value;
    const [ref] = idRefs(value);
    const id = ref === undefined ? undefined : created.get(ref);
    if (!id) throw new TeardownLedgerError(`No resource id for ${JSON.stringify(value)}.`);
    return id;
  };

  const kept: KeptResource[] = [];
  const steps: DeletePlanStep[] = [];
  for (const kind of DELETE_ORDER) {
    for (const step of plan.steps) {
      const resourceId = created.get(step.id);
      if (!resourceId || kindOf(step) !== kind) continue;
      const users = usedBy(step.id);
      if (
        kind === "vpnGateway" &&
        step.params.InstanceChargeType === PREPAID_CHARGE[step.provider]
      ) {
        kept.push({ stepId: step.id, resourceId, kind, reason: "prepaid" });
      } else if (users.some((user) => unresolvedIds.has(user))) {
        kept.push({ stepId: step.id, resourceId, kind, reason: "dependentUnresolved" });
      } else {
        const dependsOn = users.filter((user) => created.has(user)).map(deleteIdOf);
        steps.push(deleteStep(step, resourceId, idOf, dependsOn));
      }
    }
  }
  return { plan: { version: 1, steps }, unresolved, kept };
}

/** Never sent, or refused outright every time it was sent: the step left nothing in the cloud. */
const madeNothing = (row: TeardownLedgerRow) =>
  (row.state === "pending" && row.attempts === 0) ||
  (row.state === "failed" && row.lastError?.refused === true);

function unresolvedOf(row: TeardownLedgerRow): UnresolvedStep {
  return {
    stepId: row.stepId,
    state: row.state,
    attempts: row.attempts,
    ...(row.lastError
      ? { lastError: { code: row.lastError.code, message: row.lastError.message } }
      : {}),
  };
}

/** The delete of one created resource, with literal ids only (nothing to resolve at run time). */
function deleteStep(
  create: CreatePlanStep,
  resourceId: string,
  idOf: (value: PlanValue | undefined) => string,
  dependsOn: string[],
): DeletePlanStep {
  const place = {
    id: deleteIdOf(create.id),
    account: create.account,
    region: create.region,
    endpointHost: create.endpointHost,
    dependsOn,
  };
  return create.provider === "tencent"
    ? { ...place, provider: "tencent", ...tencentDelete(create, resourceId, idOf) }
    : { ...place, provider: "alibaba", ...alibabaDelete(create, resourceId, idOf) };
}

/** A delete's action and request, for one provider. */
type DeleteCall<P extends CloudProviderName> = {
  [A in DeleteStepActionName<P>]: Pick<PlanStepOf<P, A>, "action" | "params">;
}[DeleteStepActionName<P>];

function tencentDelete(
  create: Extract<CreatePlanStep, { provider: "tencent" }>,
  resourceId: string,
  idOf: (value: PlanValue | undefined) => string,
): DeleteCall<"tencent"> {
  switch (create.action) {
    case "CreateVpnConnection":
      return {
        action: "DeleteVpnConnection",
        params: { VpnGatewayId: idOf(create.params.VpnGatewayId), VpnConnectionId: resourceId },
      };
    case "CreateCustomerGateway":
      return { action: "DeleteCustomerGateway", params: { CustomerGatewayId: resourceId } };
    case "CreateVpnGateway":
      return { action: "DeleteVpnGateway", params: { VpnGatewayId: resourceId } };
    case "CreateRoutes":
      return {
        action: "DeleteRoutes",
        params: {
          RouteTableId: idOf(create.params.RouteTableId),
          Routes: [{ RouteItemId: resourceId }],
        },
      };
    case "CreateVpnGatewayRoutes":
      return {
        action: "DeleteVpnGatewayRoutes",
        params: { VpnGatewayId: idOf(create.params.VpnGatewayId), RouteIds: [resourceId] },
      };
  }
}

function alibabaDelete(
  create: Extract<CreatePlanStep, { provider: "alibaba" }>,
  resourceId: string,
  idOf: (value: PlanValue | undefined) => string,
): DeleteCall<"alibaba"> {
  const RegionId = idOf(create.params.RegionId);
  switch (create.action) {
    case "CreateVpnConnection":
      // VpnGatewayId is not part of the request: the executor holds the gateway's lock with it
      // and waits for the gateway to be back from `updating` (the driver sends only the request).
      return {
        action: "DeleteVpnConnection",
        params: {
          RegionId,
          VpnConnectionId: resourceId,
          VpnGatewayId: idOf(create.params.VpnGatewayId),
        },
      };
    case "CreateCustomerGateway":
      return {
        action: "DeleteCustomerGateway",
        params: { RegionId, CustomerGatewayId: resourceId },
      };
    case "CreateVpnGateway":
      return { action: "DeleteVpnGateway", params: { RegionId, VpnGatewayId: resourceId } };
    case "CreateRouteEntry":
      // The table is for the look after an uncertain delete; the driver sends the entry's id.
      return {
        action: "DeleteRouteEntry",
        params: {
          RegionId,
          RouteEntryId: resourceId,
          RouteTableId: idOf(create.params.RouteTableId),
        },
      };
    case "CreateVpnRouteEntry":
      // Named by its whole key, Weight included (§2.8).
      return {
        action: "DeleteVpnRouteEntry",
        params: {
          RegionId,
          VpnGatewayId: idOf(create.params.VpnGatewayId),
          RouteDest: idOf(create.params.RouteDest),
          NextHop: idOf(create.params.NextHop),
          Weight: create.params.Weight,
        },
      };
  }
}
