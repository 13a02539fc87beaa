import { z } from "zod";

/**
 * The site of a cloud account: the China site or the International site. Some create rules
 * depend on it (cloud-api.md §4.1 Bandwidth / InstanceChargeType, §7.5 and §7.10); the account's
 * configuration says which site it is on (README: configuration).
 */
export const ACCOUNT_SITES = ["china", "international"] as const;
export type AccountSite = (typeof ACCOUNT_SITES)[number];

export const accountSiteSchema = z.enum(ACCOUNT_SITES, {
  error: "site must be china or international",
});

/** How a refusal names the site ("…on the China site"); both are schemaTerms. */
export const SITE_NAMES: Record<AccountSite, string> = {
  china: "China",
  international: "International",
};

/**
 * What a new gateway may be, per provider and site. Alibaba (§4.1): the public bandwidth lists
 * differ, and the China site takes subscriptions (PREPAY, required) while the International site
 * takes pay-as-you-go (POSTPAY) — §7.10. Tencent (§7.5): the International page lists 5–100 Mbps
 * only, the SDK up to 3000; which one the International site enforces is unconfirmed, so an
 * International account is held to the shorter list (the safe side).
 */
export const SITE_GATEWAY_RULES = {
  alibaba: {
    china: { bandwidths: [5, 10, 20, 50, 100, 200, 500, 1000], chargeType: "PREPAY" },
    international: { bandwidths: [10, 100, 200, 500, 1000], chargeType: "POSTPAY" },
  },
  tencent: {
    china: { bandwidths: [5, 10, 20, 50, 100, 200, 500, 1000, 3000] },
    international: { bandwidths: [5, 10, 20, 50, 100] },
  },
} as const;

/** A new Alibaba gateway's params as the account's site allows them (other fields pass). */
export function alibabaSiteGatewaySchema(site: AccountSite) {
  const rules = SITE_GATEWAY_RULES.alibaba[site];
  const name = SITE_NAMES[site];
  return z
    .object({
      Bandwidth: z.number().optional(),
      NetworkType: z.string().optional(),
      InstanceChargeType: z.string().optional(),
    })
    .superRefine((params, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      const publicGateway = params.NetworkType !== "private";
      const bandwidths: readonly number[] = rules.bandwidths;
      if (publicGateway && params.Bandwidth !== undefined && !bandwidths.includes(params.Bandwidth))
        issue(
          "Bandwidth",
          `Bandwidth must be one of: ${bandwidths.join(", ")} for an account on the ${name} site`,
        );
      if (site === "china" && params.InstanceChargeType === undefined)
        issue(
          "InstanceChargeType",
          `InstanceChargeType is required for an account on the ${name} site`,
        );
      else if (
        params.InstanceChargeType !== undefined &&
        params.InstanceChargeType !== rules.chargeType
      )
        issue(
          "InstanceChargeType",
          `InstanceChargeType must be one of: ${rules.chargeType} for an account on the ${name} site`,
        );
    });
}

/** A new Tencent gateway's params as the account's site allows them (other fields pass). */
export function tencentSiteGatewaySchema(site: AccountSite) {
  const bandwidths: readonly number[] = SITE_GATEWAY_RULES.tencent[site].bandwidths;
  return z.object({
    InternetMaxBandwidthOut: z
      .number()
      .refine(
        (value) => bandwidths.includes(value),
        `InternetMaxBandwidthOut must be one of: ${bandwidths.join(", ")} for an account on the ${SITE_NAMES[site]} site`,
      )
      .optional(),
  });
}
