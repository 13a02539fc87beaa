import { PeerConfigRefusal } from "../refusal";
import { PSK_PLACEHOLDER, type IkeIdentity, type SelectorPair } from "../types";
import {
  cidrParts,
  identityValue,
  literal,
  mappedKeyword,
  type CidrParts,
  type KeywordMap,
} from "./common";
import { lineOf, vouch, type SafeValue } from "./safe-value";
import type { DeviceAlgorithms } from "./vendor-algorithms";

/**
 * What the FortiOS, PAN-OS and Junos command lines share beyond cli-values.ts: a string may be
 * double-quoted, and inside the quotes only a double quote or a backslash would end or escape it.
 * A key is written quoted only when it is plain; each device's module decides what else it does
 * (hex on FortiOS and Junos, a refusal on PAN-OS).
 */
export type SetFormat = "fortigate" | "pan-os" | "juniper-srx";

/** Printable ASCII without space, quotes, "?" and backslash: safe inside double quotes on all three. */
const PLAIN_KEY = /^[\x21\x23-\x26\x28-\x3e\x40-\x5b\x5d-\x7e]{1,128}$/;

/** `"key"` when the key is plain, else undefined. */
export function quotedPlainKey<F extends SetFormat>(
  format: F,
  psk: string,
): SafeValue<F> | undefined {
  return PLAIN_KEY.test(psk) ? vouch(format, `"${psk}"`) : undefined;
}

/** The key placeholder, quoted so the device reads it as the one string it is. */
export const quotedPlaceholder = <F extends SetFormat>(format: F): SafeValue<F> =>
  literal(format, `"${PSK_PLACEHOLDER}"`, /^"[^"\\?]+"$/);

/** An FQDN or address identity, double-quoted (names are never altered, only validated). */
export function quotedIdentity<F extends SetFormat>(
  format: F,
  id: IkeIdentity,
  field: "localId" | "remoteId",
): SafeValue<F> {
  return vouch(format, `"${identityValue(format, id, field).text}"`);
}

/** Refuses a key the device cannot take (its module says when). */
export function refuseKey(format: SetFormat, reason: "psk" | "pskLength" = "psk"): never {
  throw new PeerConfigRefusal(format, "psk", reason);
}

/** A keyword the renderer builds from validated keywords (proposals, modes, versions). */
export const keywordToken = <F extends SetFormat>(format: F, text: string): SafeValue<F> =>
  literal(format, text, /^[a-z0-9-]+$/);

/** The neutral ids a column of a device's algorithm table is keyed by. */
type AlgorithmId<C extends keyof DeviceAlgorithms> =
  DeviceAlgorithms[C] extends KeywordMap<infer Id extends string> ? Id : never;

/**
 * What a set-format renderer writes with: its line tag, the keywords it builds, and its device's
 * keyword for an algorithm (a refusal when the device has none).
 */
export const setCliWriters = <F extends SetFormat>(format: F, algorithms: DeviceAlgorithms) => ({
  line: lineOf(format),
  token: (text: string): SafeValue<F> => keywordToken(format, text),
  algorithm: <C extends keyof DeviceAlgorithms>(column: C, id: AlgorithmId<C>): SafeValue<F> => {
    const keywords: KeywordMap<string> = algorithms[column];
    return mappedKeyword(format, keywords, id);
  },
});

/** Set-format lines under one configuration path; `path` and each rest are built with `line`. */
export const under = (path: string) => (rest: string) => `${path} ${rest}`;

/**
 * The cloud networks a static route points into the tunnel, one per remote selector; 0.0.0.0/0
 * (a route-based Tencent tunnel) is left out: it would become the device's default route.
 */
export function routedRemotes<F extends SetFormat>(
  format: F,
  selectors: SelectorPair[],
): CidrParts<F>[] {
  return selectors
    .flatMap((pair) => pair.remote.map((cidr) => cidrParts(format, cidr)))
    .filter((remote) => remote.prefixLength > 0);
}
