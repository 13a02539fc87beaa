/**
 * One row of the rule table (./documented-rules.ts): a documented rule of a create action and a
 * request that breaks it.
 */

import type { SimSite } from "../site-keys";

export type RuleProvider = "tencent" | "alibaba";
export type RuleAction = "CreateVpnGateway" | "CreateCustomerGateway" | "CreateVpnConnection";

export interface DocumentedRule {
  provider: RuleProvider;
  action: RuleAction;
  /** The rule as the doc states it, in a few words. */
  rule: string;
  /** Where: `spec/cloud-api.md §…`. */
  cite: string;
  /** The API parameter the rule is about, as a dot path (`IKEOptionsSpecification.DhGroupName`). */
  param: string;
  /** The base request this row breaks (a key of its provider's `…_BASES`). */
  base: string;
  /** The base request with the rule broken. */
  request: Record<string, unknown>;
  /** The cloud's error code for it. */
  code: string;
  /**
   * Where the portal refuses it: the action's request schema, or — for rules that need to know
   * the VPC (address plans) or the peer's reachability — the link design schema; for rules of
   * one site (China / International), the account-site rules of a new gateway's design.
   */
  portal: "request" | "design" | "site";
  /** The site of the calling account, for the rows of one site (sim/site-keys.ts). */
  site?: SimSite | undefined;
}

/** A row's request: `base` with `change` applied; a key set to `undefined` is left out. */
export function broken(
  base: Record<string, unknown>,
  change: Record<string, unknown>,
): Record<string, unknown> {
  const request = { ...base, ...change };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete request[key];
  }
  return request;
}

/** `count` distinct tags. */
export function manyTags(count: number): { Key: string; Value: string }[] {
  return Array.from({ length: count }, (_, index) => ({ Key: `k${index + 1}`, Value: "v" }));
}

/** A base request of the table: a valid call of `action` the rows break one thing of. */
export interface RuleBase {
  action: RuleAction;
  request: Record<string, unknown>;
  /** Sent with the key of an account on this site (none: the configured key). */
  site?: SimSite;
}

/** What a provider's row list gives for each row; `rowsOf` completes it. */
export interface RuleSpec<Base extends string> {
  base: Base;
  rule: string;
  /** The section and parameter, e.g. `§2.5 InternetMaxBandwidthOut` (the file is implied). */
  cite: string;
  param: string;
  /** Applied to the base request: a key set to `undefined` is left out. */
  change: Record<string, unknown>;
  code: string;
  portal?: DocumentedRule["portal"];
}

/**
 * A value the doc does not allow: the parameter (a dot path into a JSON parameter, as in
 * `IkeConfig.IkePfs`), the value, and the rule it breaks as said after the parameter's name.
 */
export type BadValue = readonly [param: string, value: unknown, rule: string];

/** The change that sets the dot path `param` to `value`: `{ A: { B: value } }` for `A.B`. */
function setAt(param: string, value: unknown): Record<string, unknown> {
  const dot = param.indexOf(".");
  if (dot < 0) return { [param]: value };
  return { [param.slice(0, dot)]: setAt(param.slice(dot + 1), value) };
}

/** A row per value: its parameter of `base` set to something the doc (`section`) does not allow. */
export function badValues<Base extends string>(
  base: Base,
  section: string,
  code: string,
  values: readonly BadValue[],
): RuleSpec<Base>[] {
  return values.map(([param, value, rule]) => ({
    base,
    rule: `${param} ${rule}`,
    cite: `${section} ${param}`,
    param,
    change: setAt(param, value),
    code,
  }));
}

/** The values of fields of the JSON parameter `config`, as values of their dot paths. */
export function inside(config: string, values: readonly BadValue[]): BadValue[] {
  return values.map(([field, value, rule]) => [`${config}.${field}`, value, rule]);
}

/**
 * A row per parameter: `base` without it (both clouds answer MissingParameter); `when` tells
 * when it is required, if not always ("with PREPAY").
 */
export function required<Base extends string>(
  base: Base,
  section: string,
  params: readonly string[],
  when?: string,
): RuleSpec<Base>[] {
  return params.map((param) => ({
    base,
    rule: when ? `${param} is required ${when}` : `${param} is required`,
    cite: `${section} ${param}`,
    param,
    change: { [param]: undefined },
    code: "MissingParameter",
  }));
}

/** The rows of one provider, each with its base request broken by its change. */
export function rowsOf<Base extends string>(
  provider: RuleProvider,
  bases: Record<Base, RuleBase>,
  specs: RuleSpec<Base>[],
): DocumentedRule[] {
  return specs.map((spec) => ({
    provider,
    action: bases[spec.base].action,
    rule: spec.rule,
    cite: `spec/cloud-api.md ${spec.cite}`,
    param: spec.param,
    base: spec.base,
    request: broken(bases[spec.base].request, spec.change),
    code: spec.code,
    portal: spec.portal ?? (bases[spec.base].site ? "site" : "request"),
    site: bases[spec.base].site,
  }));
}
