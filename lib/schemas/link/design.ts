import { z } from "zod";
import { cidrsOverlap, parseCidr } from "@/lib/net/cidr";
import { cidrV4 } from "../common";
import { safeMultilineText, safeString } from "../text";
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
  type TencentTunnel,
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
 * The design's shape and the APIs' own rules. It describes; it does not judge: the one schema that
 * forms, routes and stored designs parse with is `linkDesignSchema` in lib/design/link, which adds
 * the site rules below and the design checks (algorithms a cloud lacks, address plans it refuses).
 */
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
      }
    }),
]);

/** Rules across a site's fields: an Alibaba gateway's second vSwitch needs the first, and differs. */
export function linkDesignSiteRules(
  design: z.infer<typeof linkDesignShapeSchema>,
  ctx: z.RefinementCtx,
) {
  if (design.kind === "cloudToCloud") disasterRecoveryVswitch(design.alibaba, ["alibaba"], ctx);
  else disasterRecoveryVswitch(design.site, ["site"], ctx);
  const sides =
    design.kind === "cloudToCloud"
      ? ([
          [design.tencent, ["tencent"]],
          [design.alibaba, ["alibaba"]],
        ] as const)
      : ([[design.site, ["site"]]] as const);
  for (const [site, path] of sides) siteRoutesRules(design.kind, site, [...path, "routes"], ctx);
  if (design.kind === "tunnel" && design.site.provider === "tencent") {
    gatewayAddressKnown(design.site, ctx);
  }
}

/**
 * `LocalIdentity=ADDRESS` without `LocalAddress` takes the gateway's public IP (the plan fills it
 * in): an existing gateway picked without one must be given the address.
 */
function gatewayAddressKnown(
  site: { gateway: { mode: string; publicIp?: string }; tunnel: TencentTunnel },
  ctx: z.RefinementCtx,
) {
  const ike = site.tunnel.params.IKEOptionsSpecification;
  if (ike?.LocalIdentity !== "ADDRESS" || ike.LocalAddress) return;
  if (site.gateway.mode === "existing" && !site.gateway.publicIp) {
    ctx.addIssue({
      code: "custom",
      path: ["site", "tunnel", "params", "IKEOptionsSpecification", "LocalAddress"],
      message: "IKEOptionsSpecification.LocalAddress is required when LocalIdentity is ADDRESS",
    });
  }
}

/**
 * Routes lead into a tunnel, so a gateway-only design has none; and a destination must lie
 * outside the VPC's own blocks (both clouds refuse it: `VpcCidrConflict`).
 */
function siteRoutesRules(
  kind: LinkDesign["kind"],
  site: { routes?: { destinations: string[] } | undefined; vpcCidrs: string[] },
  path: string[],
  ctx: z.RefinementCtx,
) {
  if (!site.routes) return;
  if (kind === "gateway") {
    ctx.addIssue({
      code: "custom",
      path,
      message: "routes need a tunnel: a gateway alone has none",
    });
    return;
  }
  const vpc = site.vpcCidrs.flatMap((text) => parseCidr(text) ?? []);
  site.routes.destinations.forEach((text, index) => {
    const destination = parseCidr(text);
    const inside = destination && vpc.find((block) => cidrsOverlap(block, destination));
    if (inside) {
      ctx.addIssue({
        code: "custom",
        path: [...path, "destinations", index],
        message: `destinations must lie outside the VPC's own blocks (${text} overlaps ${inside.text})`,
      });
    }
  });
}

export type LinkDesign = z.infer<typeof linkDesignShapeSchema>;
export type LinkDesignInput = z.input<typeof linkDesignShapeSchema>;
