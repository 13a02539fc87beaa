import type { z } from "zod";
import {
  linkDesignShapeSchema,
  linkDesignSiteRules,
  type LinkDesign,
} from "@/lib/schemas/link/design";
import { englishMessage } from "@/lib/i18n/schema-message";
import { unsupportedFields } from "../crypto/suite";
import { designFindings, type DesignFinding } from "../findings";

/** Cloud ↔ cloud: one suite serves both clouds, so each must offer every algorithm in it. */
function bothCloudsOfferTheSuite(design: LinkDesign, ctx: z.RefinementCtx) {
  if (design.kind !== "cloudToCloud") return;
  for (const provider of ["tencent", "alibaba"] as const) {
    for (const field of unsupportedFields(design.tunnel.suite, provider)) {
      ctx.addIssue({
        code: "custom",
        path: ["tunnel", "suite", ...field.split(".")],
        message: `${provider === "tencent" ? "Tencent Cloud" : "Alibaba Cloud"} does not offer this algorithm`,
      });
    }
  }
}

/**
 * Address-plan findings that the cloud itself would refuse (e.g. a remote network inside the VPC:
 * `InvalidParameterValue.VpcCidrConflict`) are validation errors at their field, in the browser
 * and in the route handler alike. Crypto lint and warnings stay findings: a draft may hold them.
 */
function cloudWouldRefuse(design: LinkDesign, ctx: z.RefinementCtx) {
  for (const issue of refusedAddresses(designFindings(design))) {
    ctx.addIssue({
      code: "custom",
      path: issue.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message: issue.message,
    });
  }
}

/** The blocking address findings among `findings`, as validation issues at their fields. */
export function refusedAddresses(findings: readonly DesignFinding[]) {
  return findings
    .filter((finding) => finding.source === "address" && finding.severity === "block")
    .map((finding) => ({
      path: finding.path,
      message: englishMessage(finding.messageKey, finding.params),
    }));
}

/**
 * THE link design schema: the wizard's resolver, every route's parser and the stored design's
 * parser. The shape and the APIs' rules come from lib/schemas; the design checks are added here.
 */
export const linkDesignSchema = linkDesignShapeSchema
  .superRefine(linkDesignSiteRules)
  .superRefine(bothCloudsOfferTheSuite)
  .superRefine(cloudWouldRefuse);
