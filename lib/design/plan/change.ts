import canonicalize from "canonicalize";
import {
  isRef,
  isSecret,
  type CreatePlan,
  type CreatePlanStep,
  type ModifyPlanStep,
  type PlanParams,
  type PlanStepOf,
  type PlanValue,
} from "./types";

/**
 * A change request's plan: the difference between the plan a link was created with (`applied`)
 * and the plan of the design now wanted, as ModifyVpnConnectionAttribute calls on the live tunnels
 * (cloud-api-lifecycle.md §1.4, §2.4, §3.4). What the clouds cannot change in place, or the portal
 * does not plan yet, is refused with the reason — never dropped, never hidden. Pure and
 * deterministic: the same inputs always give the same plan (what approvers approve, by its hash).
 */

/** What the applied run made for one create step: its resource and outputs (ledger). */
export type AppliedResource = { resourceId: string; outputs: Readonly<Record<string, unknown>> };

/** A dual-tunnel connection's live tunnel ids by role (read from the cloud: not in the ledger). */
export type LiveTunnelIds = Readonly<Partial<Record<"master" | "slave", string>>>;

/**
 * Why a difference is not planned:
 * - `fixedByCloud`: the API has no parameter for it (route type, gateway, VPC, customer gateway);
 * - `unconfirmedInPlace`: the API takes it but whether a live tunnel honours it is unconfirmed
 *   (Tencent BgpConfig, a dual tunnel's customer gateway): the safe reading is not to try;
 * - `notYetPlanned`: a change the clouds allow that the portal does not plan yet (tags, gateway
 *   and customer gateway settings, routes, resources added or removed);
 * - `cannotUnset`: the design leaves out a setting the tunnel has; no parameter clears one;
 * - `notApplied`: the resource or value it needs is not known from the applied run.
 */
export type ChangeRefusalReason =
  "fixedByCloud" | "unconfirmedInPlace" | "notYetPlanned" | "cannotUnset" | "notApplied";

/** One field that changes, as the approver sees it (references and the key stay symbolic). */
export type FieldChange = {
  stepId: string;
  field: string;
  before?: PlanValue | undefined;
  after?: PlanValue | undefined;
};

export type ChangeRefusal = { stepId: string; field: string; reason: ChangeRefusalReason };

export type ChangePlan = { version: 1; steps: ModifyPlanStep[] };

export type CompiledChange = {
  plan: ChangePlan;
  changes: FieldChange[];
  refused: ChangeRefusal[];
};

export type ChangeInput = {
  applied: CreatePlan;
  wanted: CreatePlan;
  /** By create step id: the resources the applied run made (done steps only). */
  resources: ReadonlyMap<string, AppliedResource>;
  /** By create step id: the live tunnel ids of dual-tunnel connections. */
  tunnels?: ReadonlyMap<string, LiveTunnelIds>;
  /** A new pre-shared key replaces the link's (key rotation). */
  keyChanged: boolean;
};

/** Fields sent together: when one of a group changes, the whole group is sent as wanted. */
type Groups = readonly (readonly string[])[];

/**
 * Tencent (§1.4): when any IKE or IPsec value changes the whole object is sent again, as Terraform
 * does; DPD and health-check settings travel as groups because they depend on each other.
 */
const TENCENT_GROUPS: Groups = [
  ["VpnConnectionName"],
  ["SecurityPolicyDatabases"],
  ["IKEOptionsSpecification"],
  ["IPSECOptionsSpecification"],
  ["NegotiationType"],
  ["DpdEnable", "DpdTimeout", "DpdAction"],
  ["EnableHealthCheck", "HealthCheckLocalIp", "HealthCheckRemoteIp", "HealthCheckConfig"],
];

const TENCENT_REFUSED: Readonly<Record<string, ChangeRefusalReason>> = {
  RouteType: "fixedByCloud",
  VpnGatewayId: "fixedByCloud",
  VpcId: "fixedByCloud",
  // Only gateways of version 4.0 and later move a tunnel (§1.4): refused until the portal knows.
  CustomerGatewayId: "fixedByCloud",
  Route: "fixedByCloud",
  BgpConfig: "unconfirmedInPlace",
};

/** Alibaba single tunnel (§2.4): Terraform always sends both subnets together. */
const ALIBABA_GROUPS: Groups = [
  ["Name"],
  ["LocalSubnet", "RemoteSubnet"],
  ["EffectImmediately"],
  ["IkeConfig"],
  ["IpsecConfig"],
  ["HealthCheckConfig"],
  ["EnableDpd"],
  ["EnableNatTraversal"],
  ["BgpConfig"],
  ["AutoConfigRoute"],
  ["EnableTunnelsBgp"],
];

const ALIBABA_REFUSED: Readonly<Record<string, ChangeRefusalReason>> = {
  RegionId: "fixedByCloud",
  VpnGatewayId: "fixedByCloud",
  CustomerGatewayId: "fixedByCloud",
};

/** One tunnel of an Alibaba dual-tunnel connection, named by its TunnelId. */
const ALIBABA_TUNNEL_GROUPS: Groups = [
  ["TunnelIkeConfig"],
  ["TunnelIpsecConfig"],
  ["EnableDpd"],
  ["EnableNatTraversal"],
  ["TunnelBgpConfig"],
];

const ALIBABA_TUNNEL_REFUSED: Readonly<Record<string, ChangeRefusalReason>> = {
  CustomerGatewayId: "unconfirmedInPlace",
};

const TUNNELS = "TunnelOptionsSpecification";

const same = (a: PlanValue | undefined, b: PlanValue | undefined) =>
  canonicalize(a ?? null) === canonicalize(b ?? null);

const isParams = (value: PlanValue | undefined): value is PlanParams =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !isRef(value) &&
  !isSecret(value);

/** The differences between two parameter objects, field by field, in the wanted order. */
function differingFields(before: PlanParams, after: PlanParams): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((key) => !same(before[key], after[key]));
}

/**
 * The fields to send and the refusals for one parameter object: each changed group whole (plus
 * `forced` groups, e.g. the IKE settings that carry a new key), every other difference refused.
 */
function planFields(
  scope: { stepId: string; prefix: string },
  before: PlanParams,
  after: PlanParams,
  rules: {
    groups: Groups;
    refused: Readonly<Record<string, ChangeRefusalReason>>;
    skip?: string[];
  },
  forced: readonly string[] = [],
) {
  const changed = differingFields(before, after).filter((key) => !rules.skip?.includes(key));
  const send: PlanParams = {};
  const changes: FieldChange[] = [];
  const refused: ChangeRefusal[] = [];
  const field = (key: string) => `${scope.prefix}${key}`;
  for (const group of rules.groups) {
    const groupChanged = group.filter((key) => changed.includes(key));
    // No parameter clears a setting: a value left out of the design stays as it is in the cloud.
    const unset = groupChanged.filter((key) => after[key] === undefined);
    const set = groupChanged.filter((key) => after[key] !== undefined);
    for (const key of unset) {
      refused.push({ stepId: scope.stepId, field: field(key), reason: "cannotUnset" });
    }
    if (set.length === 0 && !group.some((key) => forced.includes(key))) continue;
    for (const key of group) if (after[key] !== undefined) send[key] = after[key];
    for (const key of set) {
      changes.push({
        stepId: scope.stepId,
        field: field(key),
        before: before[key],
        after: after[key],
      });
    }
  }
  const grouped = new Set(rules.groups.flat());
  for (const key of changed.filter((k) => !grouped.has(k))) {
    refused.push({
      stepId: scope.stepId,
      field: field(key),
      reason: rules.refused[key] ?? "notYetPlanned",
    });
  }
  return { send, changes, refused };
}

/** References replaced by what the applied run made; undefined when one is not known. */
function resolved(
  value: PlanValue | undefined,
  resources: ReadonlyMap<string, AppliedResource>,
): PlanValue | undefined {
  if (isRef(value)) {
    const made = resources.get(value.$ref);
    const output = value.output === "id" ? made?.resourceId : made?.outputs[value.output];
    return typeof output === "string" ? output : undefined;
  }
  if (Array.isArray(value)) {
    const items: PlanValue[] = [];
    for (const item of value) {
      const known = resolved(item, resources);
      if (known === undefined) return undefined;
      items.push(known);
    }
    return items;
  }
  if (isParams(value)) {
    const out: PlanParams = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const known = resolved(item, resources);
      if (known === undefined) return undefined;
      out[key] = known;
    }
    return out;
  }
  return value;
}

/**
 * A change's parameters on the live tunnel: the values to send with references resolved, the
 * tunnel's id, and its gateway's — for the gateway's lock and the wait only (the request schema
 * leaves it out of the call). Undefined when the applied run does not tell them.
 */
function liveTarget(
  applied: { id: string; params: { VpnGatewayId?: PlanValue | undefined } },
  send: PlanParams,
  input: ChangeInput,
) {
  const made = input.resources.get(applied.id);
  const gatewayId = resolved(applied.params.VpnGatewayId, input.resources);
  const values = resolved(send, input.resources);
  if (!made || typeof gatewayId !== "string" || !isParams(values)) return undefined;
  return { ...values, VpnConnectionId: made.resourceId, VpnGatewayId: gatewayId };
}

type Planned = { step?: ModifyPlanStep; changes: FieldChange[]; refused: ChangeRefusal[] };

/** Where a change step goes: the applied step's account, region and endpoint. */
const placeOf = (step: CreatePlanStep) => ({
  id: `change-${step.id}`,
  account: step.account,
  region: step.region,
  endpointHost: step.endpointHost,
  dependsOn: [],
});

function tencentChange(
  applied: PlanStepOf<"tencent", "CreateVpnConnection">,
  wanted: PlanStepOf<"tencent", "CreateVpnConnection">,
  input: ChangeInput,
): Planned {
  const fields = planFields({ stepId: applied.id, prefix: "" }, applied.params, wanted.params, {
    groups: TENCENT_GROUPS,
    refused: TENCENT_REFUSED,
  });
  if (fields.changes.length === 0 && !input.keyChanged) return fields;
  const target = liveTarget(applied, fields.send, input);
  if (!target) return { ...fields, refused: [...fields.refused, notApplied(applied.id)] };
  const step: ModifyPlanStep = {
    ...placeOf(applied),
    provider: "tencent",
    action: "ModifyVpnConnectionAttribute",
    params: { ...target, ...(input.keyChanged ? { PreShareKey: { $secret: "psk" } } : {}) },
  };
  return { step, changes: withKey(fields.changes, applied.id, input), refused: fields.refused };
}

function alibabaChange(
  applied: PlanStepOf<"alibaba", "CreateVpnConnection">,
  wanted: PlanStepOf<"alibaba", "CreateVpnConnection">,
  input: ChangeInput,
): Planned {
  const fields = planFields(
    { stepId: applied.id, prefix: "" },
    applied.params,
    wanted.params,
    { groups: ALIBABA_GROUPS, refused: ALIBABA_REFUSED, skip: [TUNNELS] },
    input.keyChanged ? ["IkeConfig"] : [],
  );
  const tunnels = tunnelChanges(applied, wanted, input);
  const changes = [...fields.changes, ...tunnels.changes];
  const refused = [...fields.refused, ...tunnels.refused];
  if (changes.length === 0 && !input.keyChanged) return { changes, refused };
  const target = liveTarget(applied, { ...fields.send, ...tunnels.send }, input);
  if (!target) return { changes, refused: [...refused, notApplied(applied.id)] };
  const step: ModifyPlanStep = {
    ...placeOf(applied),
    provider: "alibaba",
    action: "ModifyVpnConnectionAttribute",
    params: { ...target, RegionId: applied.params.RegionId },
  };
  return { step, changes: withKey(changes, applied.id, input), refused };
}

/** A dual-tunnel connection's tunnels, matched by role: each changed one named by its TunnelId. */
function tunnelChanges(
  applied: PlanStepOf<"alibaba", "CreateVpnConnection">,
  wanted: PlanStepOf<"alibaba", "CreateVpnConnection">,
  input: ChangeInput,
): { send: PlanParams; changes: FieldChange[]; refused: ChangeRefusal[] } {
  const before = applied.params[TUNNELS] ?? [];
  const after = wanted.params[TUNNELS] ?? [];
  if (before.length === 0 && after.length === 0) return { send: {}, changes: [], refused: [] };
  const live = input.tunnels?.get(applied.id);
  const sent: PlanParams[] = [];
  const changes: FieldChange[] = [];
  const refused: ChangeRefusal[] = [];
  for (const role of ["master", "slave"] as const) {
    const was = before.find((tunnel) => tunnel.Role === role);
    const now = after.find((tunnel) => tunnel.Role === role);
    const prefix = `${TUNNELS}[${role}].`;
    if (!was || !now) {
      if (was || now)
        refused.push({ stepId: applied.id, field: `${TUNNELS}[${role}]`, reason: "fixedByCloud" });
      continue;
    }
    const fields = planFields(
      { stepId: applied.id, prefix },
      was,
      now,
      { groups: ALIBABA_TUNNEL_GROUPS, refused: ALIBABA_TUNNEL_REFUSED, skip: ["Role"] },
      input.keyChanged ? ["TunnelIkeConfig"] : [],
    );
    changes.push(...fields.changes);
    refused.push(...fields.refused);
    if (Object.keys(fields.send).length === 0) continue;
    const tunnelId = live?.[role];
    if (!tunnelId) {
      refused.push({ stepId: applied.id, field: `${prefix}TunnelId`, reason: "notApplied" });
      continue;
    }
    sent.push({ TunnelId: tunnelId, ...fields.send });
  }
  return { send: sent.length > 0 ? { [TUNNELS]: sent } : {}, changes, refused };
}

const notApplied = (stepId: string): ChangeRefusal => ({
  stepId,
  field: "*",
  reason: "notApplied",
});

/** The key itself never appears: only that it changes. */
function withKey(changes: FieldChange[], stepId: string, input: ChangeInput): FieldChange[] {
  return input.keyChanged ? [...changes, { stepId, field: "preSharedKey" }] : changes;
}

/** Differences of a step the portal cannot change yet (gateways, customer gateways, routes). */
function refusedStep(applied: CreatePlanStep, wanted: CreatePlanStep): ChangeRefusal[] {
  const reason = (key: string): ChangeRefusalReason =>
    applied.action === "CreateCustomerGateway" && key === "IpAddress"
      ? "fixedByCloud"
      : "notYetPlanned";
  return differingFields(applied.params, wanted.params).map((key) => ({
    stepId: applied.id,
    field: key,
    reason: reason(key),
  }));
}

function changeOfStep(
  applied: CreatePlanStep,
  wanted: CreatePlanStep,
  input: ChangeInput,
): Planned {
  const where = ["provider", "account", "region", "action"] as const;
  const moved = where.filter((key) => applied[key] !== wanted[key]);
  if (moved.length > 0) {
    return {
      changes: [],
      refused: moved.map((key) => ({ stepId: applied.id, field: key, reason: "fixedByCloud" })),
    };
  }
  if (applied.provider === "tencent" && wanted.provider === "tencent") {
    if (applied.action === "CreateVpnConnection" && wanted.action === "CreateVpnConnection") {
      return tencentChange(applied, wanted, input);
    }
  } else if (applied.provider === "alibaba" && wanted.provider === "alibaba") {
    if (applied.action === "CreateVpnConnection" && wanted.action === "CreateVpnConnection") {
      return alibabaChange(applied, wanted, input);
    }
  }
  return { changes: [], refused: refusedStep(applied, wanted) };
}

export function compileChange(input: ChangeInput): CompiledChange {
  const wantedById = new Map(input.wanted.steps.map((step) => [step.id, step]));
  const appliedIds = new Set(input.applied.steps.map((step) => step.id));
  const steps: ModifyPlanStep[] = [];
  const changes: FieldChange[] = [];
  const refused: ChangeRefusal[] = [];
  for (const applied of input.applied.steps) {
    const wanted = wantedById.get(applied.id);
    if (!wanted) {
      refused.push({ stepId: applied.id, field: "*", reason: "notYetPlanned" });
      continue;
    }
    const planned = changeOfStep(applied, wanted, input);
    if (planned.step) steps.push(planned.step);
    changes.push(...planned.changes);
    refused.push(...planned.refused);
  }
  for (const wanted of input.wanted.steps) {
    if (!appliedIds.has(wanted.id)) {
      refused.push({ stepId: wanted.id, field: "*", reason: "notYetPlanned" });
    }
  }
  return { plan: { version: 1, steps }, changes, refused };
}
