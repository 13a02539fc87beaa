"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { RequestConfirmation } from "@/components/ui/request-confirmation";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useNoteField } from "@/components/ui/use-note-field";
import { useDecideLink, type DecisionSubject } from "@/lib/query/use-approvals";
import { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";

type Decision = "approve" | "reject";

/**
 * Approve or reject the plan hash on screen, with a comment (required to reject). The server
 * enforces every rule again; this form only saves a round trip for an empty rejection.
 * `startsRun` (the billing of what would be created) is given when this approval is the last one
 * needed: approving then starts creating resources, so it is confirmed first.
 */
export function DecisionForm({
  linkId,
  planHash,
  startsRun,
  subject = "link",
}: {
  linkId: string;
  planHash: string;
  startsRun?: ReactNode;
  /** A decision on the link's plan, or on its requested teardown. */
  subject?: DecisionSubject;
}) {
  const t = useTranslations("approvals.review");
  const router = useRouter();
  const comment = useNoteField();
  const [confirming, setConfirming] = useState(false);
  const decide = useDecideLink(linkId, subject);

  function submit(decision: Decision) {
    const schema = decision === "approve" ? approveBodySchema : rejectBodySchema;
    const checked = comment.check(schema, { planHash, comment: comment.text });
    if (!checked) return;
    if (decision === "approve" && startsRun && !confirming) {
      setConfirming(true);
      return;
    }
    decide.mutate({ decision, body: checked }, { onSuccess: () => router.refresh() });
  }

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("decisionTitle")}
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <TextAreaField
        label={t("comment")}
        name="comment"
        {...comment.field}
        rows={3}
        hint={t("commentHint")}
        errorTestId="comment-error"
        className="text-sm text-slate-700"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={decide.isPending || decide.isSuccess || confirming}
          onClick={() => submit("approve")}
          className="rounded-md bg-emerald-700 px-4 py-2 text-white disabled:opacity-50"
        >
          {t("approve")}
        </button>
        <button
          type="button"
          disabled={decide.isPending || decide.isSuccess}
          onClick={() => submit("reject")}
          className="rounded-md bg-rose-700 px-4 py-2 text-white disabled:opacity-50"
        >
          {t("reject")}
        </button>
        {decide.isPending ? <span className="text-sm text-slate-600">{t("saving")}</span> : null}
      </div>
      <RequestConfirmation
        open={confirming}
        request={decide}
        messages="approvals.review.confirmStart"
        testId="confirm-start"
        onConfirm={() => submit("approve")}
        onCancel={() => setConfirming(false)}
      >
        {startsRun}
      </RequestConfirmation>
    </form>
  );
}
