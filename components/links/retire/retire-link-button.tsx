"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
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
  const retire = useRetirement(linkId, "request");
  return (
    <ConfirmedActionButton
      label={t("button")}
      testId="confirm-retire"
      messages="links.retire"
      request={retire}
      onConfirm={() => retire.mutate(undefined, { onSuccess: () => router.refresh() })}
    >
      <TeardownPlanView plan={preview} />
      <p className="mt-2">{t("body")}</p>
    </ConfirmedActionButton>
  );
}
