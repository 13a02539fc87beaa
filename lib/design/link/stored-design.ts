import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "@/lib/schemas/link/design";
import { joinLinkPsk, type StoredLinkDesign } from "./link-psk";

/**
 * A stored design (kept without its key) validated as a full design, `psk` put back in the key's
 * place. Without a key, a stand-in fills it: for reading the design's settings only, never send
 * or render the stand-in.
 */
export function parseStoredLinkDesign(
  design: StoredLinkDesign,
  psk = "stored-key-stand-in",
): LinkDesign {
  return linkDesignSchema.parse(joinLinkPsk(design, psk));
}
