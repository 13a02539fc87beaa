"use client";

import { useTranslations } from "next-intl";
import { ShownOncePanel } from "@/components/ui/shown-once-panel";

/** The new token, shown this once, with a copy button and the way to put it away. */
export function NewTokenPanel({
  name,
  token,
  onDismiss,
}: {
  name: string;
  token: string;
  onDismiss: () => void;
}) {
  const t = useTranslations("tokens");
  return (
    <ShownOncePanel
      label={t("tokenLabel", { name })}
      heading={t("shownOnce")}
      value={token}
      usage={t("usage")}
      testId="new-token"
      onDismiss={onDismiss}
    />
  );
}
