import { linkDesignSchema, type LinkDesign } from "@/lib/schemas/link/design";
import { joinLinkPsk, type StoredLinkDesign } from "./link-psk";

/**
 * A stored design (kept without its key) validated as a full design: a stand-in key fills the
 * key's place. For reading its settings only: never send or render the stand-in.
 */
export function parseStoredLinkDesign(design: StoredLinkDesign): LinkDesign {
  return linkDesignSchema.parse(joinLinkPsk(design, "stored-key-stand-in"));
}
