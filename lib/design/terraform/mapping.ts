import type { PlanParams, PlanValue } from "../plan/values";
import { attribute, block, type HclNode, type HclValue } from "./hcl";

/** Turns a plan value into an HCL value, resolving `$ref` and `$secret` into Terraform references. */
export type ToHcl = (value: PlanValue) => HclValue;

/** How one API parameter becomes provider syntax. */
export type Rule =
  /** An argument of the same resource (or block), with an optional value transform. */
  | { arg: string; value?: (value: PlanValue, toHcl: ToHcl) => HclValue }
  /** An object parameter whose members become arguments at this level. */
  | { flatten: MappingTable }
  /** An object parameter (or a list of them) that becomes one (or repeated) nested blocks. */
  | { block: string; table: MappingTable }
  /** Expressed by the provider block instead (the region). */
  | { provider: true };

/** API parameter name → rule. A parameter not in the table has no provider argument. */
export type MappingTable = Readonly<Record<string, Rule>>;

export type Mapped = {
  attributes: HclNode[];
  blocks: HclNode[];
  /** `Param = value` lines for parameters the provider cannot express. */
  unexpressed: string[];
};

const isObject = (value: PlanValue): value is PlanParams =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isOneObjectList = (value: PlanValue): value is [PlanParams] =>
  Array.isArray(value) && value.length === 1 && isObject(value[0]!);

/** A value as shown in a comment: JSON, with references and the secret shown as Terraform sees them. */
function describe(value: PlanValue, toHcl: ToHcl): string {
  const converted = toHcl(value);
  return JSON.stringify(converted, (_key, v: unknown) =>
    typeof v === "object" && v !== null && "raw" in v ? (v as { raw: string }).raw : v,
  );
}

/** Applies a mapping table to an object of API parameters. */
export function mapParams(
  params: PlanParams,
  table: MappingTable,
  toHcl: ToHcl,
  path = "",
): Mapped {
  const out: Mapped = { attributes: [], blocks: [], unexpressed: [] };
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const rule = Object.hasOwn(table, name) ? table[name] : undefined;
    const where = `${path}${name}`;
    if (!rule) {
      out.unexpressed.push(`${where} = ${describe(value, toHcl)}`);
    } else if ("provider" in rule) {
      continue;
    } else if ("arg" in rule) {
      out.attributes.push(
        attribute(rule.arg, rule.value ? rule.value(value, toHcl) : toHcl(value)),
      );
    } else if ("flatten" in rule && (isObject(value) || isOneObjectList(value))) {
      // A list of exactly one object (one route per step) flattens like the object.
      const [item, at] = isObject(value) ? [value, `${where}.`] : [value[0]!, `${where}[0].`];
      const inner = mapParams(item, rule.flatten, toHcl, at);
      out.attributes.push(...inner.attributes);
      out.blocks.push(...inner.blocks);
      out.unexpressed.push(...inner.unexpressed);
    } else if ("block" in rule) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (!isObject(item)) {
          out.unexpressed.push(`${where} = ${describe(item, toHcl)}`);
          return;
        }
        const at = Array.isArray(value) ? `${where}[${index}].` : `${where}.`;
        const inner = mapParams(item, rule.table, toHcl, at);
        out.blocks.push(block(rule.block, [], [...inner.attributes, ...inner.blocks]));
        out.unexpressed.push(...inner.unexpressed);
      });
    } else {
      out.unexpressed.push(`${where} = ${describe(value, toHcl)}`);
    }
  }
  return out;
}

/** An API parameter name in snake_case, as the providers name most arguments: `IKESaLifetimeSeconds` → `ike_sa_lifetime_seconds`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * Rules for parameters whose provider argument is their own name in snake_case after `prefix`
 * (`VpcId` → `vpc_id`; with "ike_", `DhGroupName` → `ike_dh_group_name`). A table lists these
 * names, and spells out only the arguments named otherwise.
 */
export function sameNameArgs(params: readonly string[], prefix = ""): MappingTable {
  return Object.fromEntries(params.map((param) => [param, { arg: prefix + snakeCase(param) }]));
}

/** `[{Key, Value}]` tags → a string map. */
export function tagMap(value: PlanValue): HclValue {
  const map: { [key: string]: HclValue } = {};
  if (Array.isArray(value)) {
    for (const tag of value) {
      const { Key, Value } = isObject(tag) ? (tag as Record<string, unknown>) : {};
      if (typeof Key === "string") map[Key] = typeof Value === "string" ? Value : "";
    }
  }
  return map;
}

/** `"10.0.0.0/16,10.1.0.0/16"` → a list of CIDR blocks. */
export function commaList(value: PlanValue, toHcl: ToHcl): HclValue {
  return typeof value === "string"
    ? value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
    : toHcl(value);
}

/** A number sent as text (Tencent `DpdTimeout`) → the provider's number. */
export function numeric(value: PlanValue, toHcl: ToHcl): HclValue {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : toHcl(value);
}

/** A number sent as a number where the provider wants text (Alibaba `LocalAsn`). */
export function text(value: PlanValue, toHcl: ToHcl): HclValue {
  return typeof value === "number" ? String(value) : toHcl(value);
}
