import type { LinkDesign, LinkKind } from "@/lib/schemas/link/design";

/**
 * Where a design keeps its pre-shared key, and how it is taken out (for storage, for display) and
 * put back (when an edit leaves it out: an omitted or empty `psk` means "keep the stored key").
 * A gateway-only design has no key.
 */

type Json = { [key: string]: unknown };

function pskHolder(design: Json): Json | undefined {
  const kind = design.kind as LinkKind | undefined;
  const holder =
    kind === "tunnel" || kind === "onPrem"
      ? (design.site as Json | undefined)?.tunnel
      : kind === "cloudToCloud"
        ? design.tunnel
        : undefined;
  return holder && typeof holder === "object" ? (holder as Json) : undefined;
}

/** The design as stored and shown: the same object without the key. */
export type StoredLinkDesign = Json & { kind: LinkKind; name: string };

export function splitLinkPsk(design: LinkDesign): {
  design: StoredLinkDesign;
  psk: string | undefined;
} {
  const copy: StoredLinkDesign = structuredClone(design);
  const holder = pskHolder(copy);
  const psk = holder?.psk as string | undefined;
  if (holder) delete holder.psk;
  return { design: copy, psk };
}

/** True when the raw (unvalidated) design carries a key of its own. */
export function designHasPsk(raw: unknown): boolean {
  if (!raw || typeof raw !== "object") return false;
  const psk = pskHolder(raw as Json)?.psk;
  return typeof psk === "string" && psk.length > 0;
}

/** A copy of the raw design with `psk` set, when the design has a place for one. */
export function joinLinkPsk(raw: unknown, psk: string): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const copy = structuredClone(raw) as Json;
  const holder = pskHolder(copy);
  if (holder) holder.psk = psk;
  return copy;
}

/** The same design with its key blanked: for showing or previewing a design without the secret. */
export function blankLinkPsk(design: LinkDesign): LinkDesign {
  const copy: Json = structuredClone(design);
  const holder = pskHolder(copy);
  if (holder && "psk" in holder) holder.psk = "";
  return copy as LinkDesign;
}
