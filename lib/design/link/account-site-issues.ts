import {
  alibabaSiteGatewaySchema,
  tencentSiteGatewaySchema,
  type AccountSite,
} from "@/lib/schemas/link/account-site";
import type { LinkDesign } from "@/lib/schemas/link/design";

export type SiteIssue = { path: (string | number)[]; message: string };

/** The site of a configured account, or undefined when its configuration does not say. */
export type SiteOfAccount = (
  provider: "tencent" | "alibaba",
  account: string,
) => AccountSite | undefined;

type CloudToCloud = Extract<LinkDesign, { kind: "cloudToCloud" }>;
type DesignSite =
  Exclude<LinkDesign, CloudToCloud>["site"] | CloudToCloud["tencent"] | CloudToCloud["alibaba"];
type PlacedSite = { site: DesignSite; at: string };

function placedSites(design: LinkDesign): PlacedSite[] {
  if (design.kind === "cloudToCloud")
    return [
      { site: design.tencent, at: "tencent" },
      { site: design.alibaba, at: "alibaba" },
    ];
  return [{ site: design.site, at: "site" }];
}

/**
 * The rules that depend on the account's site (China / International), at their design field:
 * the wizard shows them at the field, the server refuses a design with any. An account whose site
 * is not configured is held to the rules both sites share (the request schemas) only.
 */
export function accountSiteIssues(design: LinkDesign, siteOf: SiteOfAccount): SiteIssue[] {
  const issues: SiteIssue[] = [];
  for (const { site, at } of placedSites(design)) {
    if (site.gateway.mode !== "new") continue;
    const accountSite = siteOf(site.provider, site.account);
    if (!accountSite) continue;
    const schema =
      site.provider === "alibaba"
        ? alibabaSiteGatewaySchema(accountSite)
        : tencentSiteGatewaySchema(accountSite);
    const result = schema.safeParse(site.gateway.params);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      issues.push({
        path: [at, "gateway", "params", ...issue.path.map(String)],
        message: issue.message,
      });
    }
  }
  return issues;
}
