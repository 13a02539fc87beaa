"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useDiscardLink } from "@/lib/query/use-link";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";

/**
 * "Discard link" for a draft or rejected link, confirmed first with an optional reason. The
 * server decides again who may and from which state; the page then shows the discarded link.
 */
export function DiscardLinkButton({ linkId }: { linkId: string }) {
  const t = useTranslations("links.discard");
  const tv = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const discard = useDiscardLink(linkId);

  function confirm() {
    const parsed = discardLinkBodySchema.safeParse({ reason: reason.trim() || undefined });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? "validation.textInvalid");
      return;
    }
    setFieldError(undefined);
    discard.mutate(parsed.data, { onSuccess: () => router.refresh() });
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
          title={t("title")}
          confirmLabel={t("confirm")}
          busyLabel={t("busy")}
          cancelLabel={t("cancel")}
          busy={discard.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("body")}</p>
          <label className="mt-2 block">
            {t("reason")}
            <textarea
              name="reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              rows={2}
              aria-invalid={fieldError ? true : undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            />
          </label>
          {fieldError ? (
            <p className="mt-1 text-xs text-red-700" data-testid="discard-reason-error">
              {tv(fieldError as "validation.reasonTooLong")}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
      <ErrorAlert error={discard.error} />
    </div>
  );
}
