import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "@/lib/schemas/link/design";
import { withPskStandIn, type StoredLinkDesign } from "./link-psk";

/**
 * A stored design (kept without its key) validated as a full design, a stand-in in the key's
 * place: for reading the design's settings only, never send or render the stand-in. The design
 * with its real key comes only from `openLinkDesign` (lib/crypto/link-key.ts, server-only).
 */
export function parseStoredLinkDesign(design: StoredLinkDesign): LinkDesign {
  return linkDesignSchema.parse(withPskStandIn(design, "stored-key-stand-in"));
}
