"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useNoteField } from "@/components/ui/use-note-field";
import { useDiscardLink } from "@/lib/query/use-link";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";

/**
 * "Discard link" for a draft or rejected link, confirmed first with an optional reason. The
 * server decides again who may and from which state; the page then shows the discarded link.
 */
export function DiscardLinkButton({ linkId }: { linkId: string }) {
  const t = useTranslations("links.discard");
  const router = useRouter();
  const reason = useNoteField();
  const discard = useDiscardLink(linkId);

  function confirm() {
    const checked = reason.check(discardLinkBodySchema, { reason: reason.text });
    if (checked) discard.mutate(checked, { onSuccess: () => router.refresh() });
  }

  return (
    <ConfirmedActionButton
      label={t("button")}
      testId="confirm-discard"
      messages="links.discard"
      request={discard}
      onConfirm={confirm}
    >
      <p>{t("body")}</p>
      <TextAreaField
        label={t("reason")}
        name="reason"
        {...reason.field}
        rows={2}
        errorTestId="discard-reason-error"
        className="mt-2"
      />
    </ConfirmedActionButton>
  );
}
