"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRetirement } from "@/lib/query/use-link-retirement";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import { TeardownPlanView } from "./teardown-plan-view";

/**
 * "Retire link" on an active link: confirmed first, showing the exact delete calls and what stays
 * with why. The request then waits for another approver; nothing is deleted before that.
 */
export function RetireLinkButton({ linkId, preview }: { linkId: string; preview: StoredTeardown }) {
  const t = useTranslations("links.retire");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const retire = useRetirement(linkId, "request");
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={confirming || retire.isSuccess}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-rose-300 px-4 py-2 text-rose-800 disabled:opacity-50"
      >
        {t("button")}
      </button>
      {confirming && !retire.isSuccess ? (
        <ConfirmDialog
          testId="confirm-retire"
          messages="links.retire"
          busy={retire.isPending}
          onConfirm={() => retire.mutate(undefined, { onSuccess: () => router.refresh() })}
          onCancel={() => setConfirming(false)}
        >
          <TeardownPlanView plan={preview} />
          <p className="mt-2">{t("body")}</p>
        </ConfirmDialog>
      ) : null}
      <ErrorAlert error={retire.error} />
    </div>
  );
}
