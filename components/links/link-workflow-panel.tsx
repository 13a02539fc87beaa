import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApprovalStatus } from "@/components/approvals/approval-status";
import { TitledSection, cardClass } from "@/components/ui/titled-section";
import { getCurrentUser } from "@/lib/auth/current-user";
import { mayDiscardLink } from "@/lib/permissions/link-discard";
import { hasPermission } from "@/lib/permissions/permissions";
import { getLinkWorkflow } from "@/lib/data/link-workflow";
import { database } from "@/lib/db";
import { isDiscardableLinkState } from "@/lib/schemas/link/link-query";
import { DiscardLinkButton } from "./discard-link-button";
import { LinkWorkflowActions } from "./link-workflow-actions";

/**
 * The link page's approval box: where the link stands, who approved, and the owner's Submit or
 * Withdraw button (or, for an approver, the way to the review); Discard for a link that never ran.
 */
export async function LinkWorkflowPanel({
  linkId,
  designVersion,
}: {
  linkId: string;
  /** Changes whenever the link's design does (its last update). */
  designVersion: string;
}) {
  const [workflow, me] = await Promise.all([
    getLinkWorkflow({ db: await database(), id: linkId }),
    getCurrentUser(),
  ]);
  if (!workflow || !me) return null;
  const t = await getTranslations("approvals.panel");
  const mine = workflow.ownerId === me.id;
  const canSubmit = mine && hasPermission(me.roles, "link.submit");
  const hint =
    workflow.state === "draft"
      ? t("draftHint")
      : workflow.state === "submitted"
        ? t(mine ? "submittedOwnHint" : "submittedHint")
        : workflow.state === "rejected"
          ? t("rejectedHint")
          : workflow.state === "approved"
            ? t("approvedHint")
            : workflow.state === "discarded"
              ? t("discardedHint")
              : null;
  const canDiscard = isDiscardableLinkState(workflow.state) && mayDiscardLink(me, workflow.ownerId);
  return (
    <TitledSection
      title={t("title")}
      intro={hint}
      className={`mb-6 space-y-3 ${cardClass}`}
      testId="link-workflow"
    >
      <ApprovalStatus workflow={workflow} />
      {canSubmit && workflow.state === "draft" ? (
        <LinkWorkflowActions linkId={linkId} action="submit" designVersion={designVersion} />
      ) : null}
      {canSubmit && (workflow.state === "submitted" || workflow.state === "rejected") ? (
        <LinkWorkflowActions linkId={linkId} action="withdraw" designVersion={designVersion} />
      ) : null}
      {canDiscard ? <DiscardLinkButton linkId={linkId} /> : null}
      {workflow.state === "submitted" ? (
        <Link href={`/approvals/${linkId}`} className="text-sm text-brand-700 hover:underline">
          {t("review")}
        </Link>
      ) : null}
    </TitledSection>
  );
}
