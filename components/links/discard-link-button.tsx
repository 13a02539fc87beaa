"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useBodyCheck } from "@/components/ui/use-body-check";
import { useDiscardLink } from "@/lib/query/use-link";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";

/**
 * "Discard link" for a draft or rejected link, confirmed first with an optional reason. The
 * server decides again who may and from which state; the page then shows the discarded link.
 */
export function DiscardLinkButton({ linkId }: { linkId: string }) {
  const t = useTranslations("links.discard");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const body = useBodyCheck();
  const discard = useDiscardLink(linkId);

  function confirm() {
    const checked = body.check(discardLinkBodySchema, { reason: reason.trim() || undefined });
    if (checked) discard.mutate(checked, { onSuccess: () => router.refresh() });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={confirming || discard.isSuccess}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-rose-300 px-4 py-2 text-rose-800 disabled:opacity-50"
      >
        {t("button")}
      </button>
      {confirming && !discard.isSuccess ? (
        <ConfirmDialog
          testId="confirm-discard"
          messages="links.discard"
          busy={discard.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("body")}</p>
          <TextAreaField
            label={t("reason")}
            name="reason"
            value={reason}
            onChange={setReason}
            rows={2}
            error={body.error}
            errorTestId="discard-reason-error"
            className="mt-2"
          />
        </ConfirmDialog>
      ) : null}
      <ErrorAlert error={discard.error} />
    </div>
  );
}
