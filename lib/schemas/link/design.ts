import { z } from "zod";
import { cidrV4 } from "../common";
import { safeMultilineText, safeString } from "../text";
import { unsupportedFields } from "../../design/crypto/suite";
import { designFindings } from "../../design/findings";
import { englishMessage } from "../../i18n/schema-message";
import {
  alibabaPeerSchema,
  alibabaSiteSchema,
  disasterRecoveryVswitch,
  tencentPeerSchema,
  tencentSiteSchema,
} from "./site";
import {
  alibabaPskSchema,
  alibabaTunnelSchema,
  cryptoSuiteSchema,
  tencentTunnelSchema,
} from "./tunnel";

export { LINK_KINDS, type LinkKind } from "./kinds";

const about = {
  name: safeString("name", { base: z.string({ error: "name is required" }) })
    .trim()
    .min(1, "name is required")
    .max(100, "name must be at most 100 characters"),
  reason: safeMultilineText("reason")
    .trim()
    .max(1000, "reason must be at most 1000 characters")
    .optional(),
};

const siteSchema = z.discriminatedUnion("provider", [tencentSiteSchema, alibabaSiteSchema]);

/** A gateway joined to an on-premises peer by one tunnel, on one cloud. */
const attachedSchema = z.discriminatedUnion("provider", [
  tencentSiteSchema.extend({ peer: tencentPeerSchema, tunnel: tencentTunnelSchema }),
  alibabaSiteSchema.extend({ peer: alibabaPeerSchema, tunnel: alibabaTunnelSchema }),
]);

function gatewayMode(expected: "new" | "existing") {
  return (design: { site: { gateway: { mode: string } } }, ctx: z.RefinementCtx) => {
    if (design.site.gateway.mode !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["site", "gateway", "mode"],
        message:
          expected === "new"
            ? "this kind of link creates a new VPN gateway"
            : "this kind of link uses an existing VPN gateway",
      });
    }
  };
}

const cidrList = (field: string) =>
  z
    .array(cidrV4(field), { error: `${field} must be a list` })
    .min(1, `${field} needs at least one CIDR block`);

/** Cloud ↔ cloud: one set of settings from which both clouds' gateways and tunnels are generated. */
const cloudToCloudTunnelSchema = z.object({
  name: safeString("name")
    .trim()
    .min(1, "name is required")
    .max(60, "name must be at most 60 characters"),
  /** Both clouds must accept it, so Alibaba's stricter rule applies. */
  psk: alibabaPskSchema,
  suite: cryptoSuiteSchema,
  /** Networks on the Tencent side that talk to the Alibaba side, and the reverse. */
  tencentCidrs: cidrList("tencentCidrs"),
  alibabaCidrs: cidrList("alibabaCidrs"),
});

/**
 * Address-plan findings that the cloud itself would refuse (e.g. a remote network inside the VPC:
 * `InvalidParameterValue.VpcCidrConflict`) are validation errors at their field, in the browser
 * and in the route handler alike. Crypto lint and warnings stay findings: a draft may hold them.
 */
function cloudWouldRefuse(design: z.infer<typeof linkDesignShapeSchema>, ctx: z.RefinementCtx) {
  for (const finding of designFindings(design)) {
    if (finding.source !== "address" || finding.severity !== "block") continue;
    ctx.addIssue({
      code: "custom",
      path: finding.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message: englishMessage(finding.messageKey, finding.params),
    });
  }
}

/** The design's shape and API rules, without the address-plan refusals (for the checks' own tests). */
export const linkDesignShapeSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("gateway"), ...about, site: siteSchema })
    .superRefine(gatewayMode("new")),
  z
    .object({ kind: z.literal("tunnel"), ...about, site: attachedSchema })
    .superRefine(gatewayMode("existing")),
  z
    .object({ kind: z.literal("onPrem"), ...about, site: attachedSchema })
    .superRefine(gatewayMode("new")),
  z
    .object({
      kind: z.literal("cloudToCloud"),
      ...about,
      tencent: tencentSiteSchema,
      alibaba: alibabaSiteSchema,
      tunnel: cloudToCloudTunnelSchema,
    })
    .superRefine((design, ctx) => {
      for (const provider of ["tencent", "alibaba"] as const) {
        const { gateway } = design[provider];
        if (gateway.mode === "existing" && !gateway.publicIp) {
          ctx.addIssue({
            code: "custom",
            path: [provider, "gateway", "publicIp"],
            message:
              "an existing gateway needs its public IP: the other cloud registers it as its peer",
          });
        }
        for (const field of unsupportedFields(design.tunnel.suite, provider)) {
          ctx.addIssue({
            code: "custom",
            path: ["tunnel", "suite", ...field.split(".")],
            message: `${provider === "tencent" ? "Tencent Cloud" : "Alibaba Cloud"} does not offer this algorithm`,
          });
        }
      }
    }),
]);

function siteRules(design: z.infer<typeof linkDesignShapeSchema>, ctx: z.RefinementCtx) {
  if (design.kind === "cloudToCloud") disasterRecoveryVswitch(design.alibaba, ["alibaba"], ctx);
  else disasterRecoveryVswitch(design.site, ["site"], ctx);
}

export const linkDesignSchema = linkDesignShapeSchema
  .superRefine(siteRules)
  .superRefine(cloudWouldRefuse);

export type LinkDesign = z.infer<typeof linkDesignSchema>;
export type LinkDesignInput = z.input<typeof linkDesignSchema>;
