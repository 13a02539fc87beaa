import ipaddr from "ipaddr.js";
import { z } from "zod";
import { ipInCidr as ipInRange, parseCidr, readCidr } from "@/lib/net/cidr";
import { safeString } from "./text";

/**
 * Building blocks for the cloud action schemas (client-safe: zod + ipaddr.js only).
 * Validation messages are clear English sentences that start with the API field name, e.g.
 * "VpnConnectionName must be at most 60 characters" (docs/cloud-access.md, "Schema messages").
 */

type Field = string;

/** Every text field starts here: it refuses control characters and broken Unicode (./text.ts). */
export function requiredString(field: Field) {
  return safeString(field, {
    base: z.string({
      error: (issue) =>
        issue.input === undefined ? `${field} is required` : `${field} must be text`,
    }),
  });
}

export function nonEmpty(field: Field) {
  return requiredString(field).trim().min(1, `${field} must not be empty`);
}

export function maxChars(field: Field, max: number) {
  return nonEmpty(field).max(max, `${field} must be at most ${max} characters`);
}

export function maxBytes(field: Field, max: number) {
  return nonEmpty(field).refine(
    (value) => new TextEncoder().encode(value).length <= max,
    `${field} must be at most ${max} bytes (a Chinese character counts as 3)`,
  );
}

export function idWithPrefix(field: Field, prefix: string) {
  return requiredString(field).regex(
    new RegExp(`^${prefix}-[0-9a-z]+$`),
    `${field} must be an id starting with "${prefix}-"`,
  );
}

export function ipv4(field: Field) {
  return requiredString(field).refine(
    (value) => ipaddr.IPv4.isValidFourPartDecimal(value),
    `${field} must be an IPv4 address such as 203.0.113.10`,
  );
}

export function cidrV4(field: Field) {
  return requiredString(field).refine(
    (value) => parseCidr(value) !== undefined,
    `${field} must be an IPv4 CIDR block such as 10.0.0.0/16 (network address, prefix 0–32)`,
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(field: Field, values: T) {
  return z.enum(values, { error: `${field} must be one of: ${values.join(", ")}` });
}

export function intRange(field: Field, min: number, max: number) {
  return z
    .number({ error: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be between ${min} and ${max}`)
    .max(max, `${field} must be between ${min} and ${max}`);
}

/** A whole number of at least 1, where the doc gives a default but no range. */
export function positiveInt(field: Field) {
  return z
    .number({ error: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be a whole number of at least 1`);
}

export function intOneOf(field: Field, values: readonly number[]) {
  return z
    .number({ error: `${field} must be a whole number` })
    .refine((value) => values.includes(value), `${field} must be one of: ${values.join(", ")}`);
}

export function bool(field: Field) {
  return z.boolean({ error: `${field} must be true or false` });
}

/** A list of 1 to `max` items, e.g. "Routes must have at least 1 route" (`noun` names one item). */
export function listOf<Item extends z.ZodType>(
  field: Field,
  item: Item,
  { max, noun }: { max: number; noun: string },
) {
  return z
    .array(item, { error: `${field} must be a list` })
    .min(1, `${field} must have at least 1 ${noun}`)
    .max(max, `${field} must have at most ${max} ${noun}s`);
}

/** Subscription periods in months shared by both clouds: 1–9, 12, 24, 36. */
/** A moment as the portal's own API writes it: ISO 8601 with its offset. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const PERIOD_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36] as const;

export const URL_PREFIX = /^https?:\/\//i;

export function urlPrefixMessage(field: Field): string {
  return `${field} must not start with http:// or https://`;
}

/** True when `ip` lies inside `cidr` (both IPv4; false when either is malformed). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const range = readCidr(cidr);
  return range.ok && ipInRange(ip, range.cidr);
}

/** Prefix length of a CIDR, or undefined when malformed. */
export function cidrPrefix(cidr: string): number | undefined {
  const parsed = readCidr(cidr);
  return parsed.ok ? parsed.cidr.bits : undefined;
}
