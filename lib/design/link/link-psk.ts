import type { LinkDesign, LinkKind } from "@/lib/schemas/link/design";

/**
 * Where a design keeps its pre-shared key, and how a design is shown or stored without it. Only
 * lib/crypto/link-key.ts (server-only) reads, encrypts or puts back the key itself; the helpers
 * here only remove it, blank it or put a stand-in in its place. A gateway-only design has no key.
 */

type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The object holding the design's `psk` for its kind (`site.tunnel` or `tunnel`), if any. */
export function linkPskHolder(raw: unknown): Json | undefined {
  if (!isObject(raw)) return undefined;
  const holder =
    raw.kind === "tunnel" || raw.kind === "onPrem"
      ? isObject(raw.site)
        ? raw.site.tunnel
        : undefined
      : raw.kind === "cloudToCloud"
        ? raw.tunnel
        : undefined;
  return isObject(holder) ? holder : undefined;
}

/** The design as stored and shown: the same object without the key. */
export type StoredLinkDesign = Json & { kind: LinkKind; name: string };

/** A copy of the design without its key: what is stored and shown. */
export function withoutLinkPsk(design: LinkDesign): StoredLinkDesign {
  const copy: StoredLinkDesign = structuredClone(design);
  const holder = linkPskHolder(copy);
  if (holder) delete holder.psk;
  return copy;
}

/**
 * A copy of a raw design with `standIn` where its key is missing or empty (when the design has a
 * place for one): for validating or compiling a design whose key is not at hand. Never send or
 * render the stand-in.
 */
export function withPskStandIn(raw: unknown, standIn: string): unknown {
  if (!isObject(raw)) return raw;
  const copy = structuredClone(raw);
  const holder = linkPskHolder(copy);
  if (holder && (typeof holder.psk !== "string" || holder.psk.length === 0)) holder.psk = standIn;
  return copy;
}

/** The same design with its key blanked: for showing or previewing a design without the secret. */
export function blankLinkPsk(design: LinkDesign): LinkDesign {
  const copy = structuredClone(design);
  const holder = linkPskHolder(copy);
  if (holder && "psk" in holder) holder.psk = "";
  return copy;
}
