import "server-only";
import { listConfiguredCloudAccounts } from "@/lib/cloud-server/server-client";
import { accountSiteIssues } from "@/lib/design/link/account-site-issues";
import { AppError } from "@/lib/errors/app-error";
import type { LinkDesign } from "@/lib/schemas/link/design";

/**
 * Refuses (422, at the fields) a design its account's site would refuse: a design valid on the
 * China site may not be on the International one (README: configuration, *_SITE).
 */
export function refuseOffSiteDesign(design: LinkDesign): void {
  const accounts = listConfiguredCloudAccounts();
  const issues = accountSiteIssues(
    design,
    (provider, name) => accounts.find((a) => a.provider === provider && a.name === name)?.site,
  );
  if (issues.length === 0) return;
  throw new AppError(
    "unprocessable",
    "The design does not fit the site of its cloud account.",
    issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  );
}
