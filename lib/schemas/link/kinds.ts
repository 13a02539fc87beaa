/** The four kinds of link a requester can design (product.md §3). No zod here: the wizard's first step loads it. */
export const LINK_KINDS = ["gateway", "tunnel", "onPrem", "cloudToCloud"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
