import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { linkDesignShapeSchema, type LinkDesign } from "@/lib/schemas/link/design";
import { withPskStandIn, type StoredLinkDesign } from "./link-psk";

/**
 * A stored design (kept without its key) validated as a full design, a stand-in in the key's
 * place: for reading the design's settings only, never send or render the stand-in. The design
 * with its real key comes only from `openLinkDesign` (lib/crypto/link-key.ts, server-only).
 */
export function parseStoredLinkDesign(design: StoredLinkDesign): LinkDesign {
  return linkDesignSchema.parse(withPskStandIn(design, "stored-key-stand-in"));
}

/**
 * The same, its shape checked but not the design checks (a fifth of the cost): for lists that
 * read many stored designs to show a setting of each, as the approval queue's billing column
 * does for 25 a page. A design the checks have since come to refuse still shows.
 */
export function readStoredLinkDesignShape(design: StoredLinkDesign): LinkDesign {
  return linkDesignShapeSchema.parse(withPskStandIn(design, "stored-key-stand-in"));
}
