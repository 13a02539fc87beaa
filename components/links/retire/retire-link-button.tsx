"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { useRetirement } from "@/lib/query/use-link-retirement";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import type { TeardownKind } from "@/lib/schemas/link-plan";
import { TeardownPlanView } from "./teardown-plan-view";

/**
 * "Retire link" on an active link, "Clean up" on a failed one: confirmed first, showing the exact
 * delete calls and what stays with why. The request then waits for another approver; nothing is
 * deleted before that.
 */
export function RetireLinkButton({
  linkId,
  kind,
  preview,
}: {
  linkId: string;
  kind: TeardownKind;
  preview: StoredTeardown;
}) {
  const messages = kind === "cleanup" ? "links.cleanup" : "links.retire";
  const t = useTranslations(messages);
  const router = useRouter();
  const retire = useRetirement(linkId, "request");
  return (
    <ConfirmedActionButton
      label={t("button")}
      testId={kind === "cleanup" ? "confirm-cleanup" : "confirm-retire"}
      messages={messages}
      request={retire}
      onConfirm={() => retire.mutate(undefined, { onSuccess: () => router.refresh() })}
    >
      <TeardownPlanView plan={preview} />
      <p className="mt-2">{t("body")}</p>
    </ConfirmedActionButton>
  );
}
