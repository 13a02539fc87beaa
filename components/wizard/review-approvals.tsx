"use client";

import { useTranslations } from "next-intl";
import { approvalRules, requiredApprovals } from "@/lib/approvals/required-approvals";
import { billingSummary } from "@/lib/design/billing";
import type { LinkDesign } from "@/lib/schemas/link/design";
import { useApprovalPolicy } from "@/lib/query/use-approval-policy";
import { ErrorAlert } from "@/components/ui/error-alert";

/**
 * Before the design is saved: how many approvals it will need under the policy in force, and
 * which of the policy's rules set that count.
 */
export function ReviewApprovals({ design }: { design: LinkDesign }) {
  const t = useTranslations("wizard.review.approvals");
  const policy = useApprovalPolicy();
  const billing = billingSummary(design);
  return (
    <section data-testid="review-approvals">
      <h3 className="mb-2 text-base font-semibold text-slate-900">{t("title")}</h3>
      {policy.data ? (
        <>
          <p className="text-sm text-slate-800" data-testid="review-approvals-count">
            {t("count", { count: requiredApprovals(policy.data, billing) })}
          </p>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-600">
            {approvalRules(policy.data, billing).map((rule) => (
              <li key={rule.rule} data-rule={rule.rule}>
                {rule.rule === "bandwidth"
                  ? t("rules.bandwidth", { count: rule.count, threshold: rule.thresholdMbps })
                  : t(`rules.${rule.rule}`, { count: rule.count })}
              </li>
            ))}
          </ul>
        </>
      ) : policy.error ? (
        <ErrorAlert error={policy.error} />
      ) : (
        <p className="text-sm text-slate-600">{t("loading")}</p>
      )}
    </section>
  );
}
