import { z } from "zod";

/** The peer device formats the portal renders (lib/design/peer-config). */
export const PEER_CONFIG_FORMATS = [
  "swanctl",
  "cisco-ios",
  "huawei-vrp",
  "fortigate",
  "pan-os",
  "juniper-srx",
] as const;
export type PeerConfigFormat = (typeof PEER_CONFIG_FORMATS)[number];

export const peerConfigFormatSchema = z.enum(PEER_CONFIG_FORMATS, {
  error: `format must be one of: ${PEER_CONFIG_FORMATS.join(", ")}`,
});

/** `?format=` of GET and POST /api/links/[id]/peer-config. */
export const peerConfigQuerySchema = z.object({ format: peerConfigFormatSchema });

/** POST body: the owner's explicit request to put the pre-shared key into the download. */
export const peerConfigWithPskSchema = z.object({
  includePsk: z.literal(true, { error: "the pre-shared key needs includePsk = true" }),
});
