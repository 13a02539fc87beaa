"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { secondaryButtonClass } from "@/components/ui/submit-row";

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
    <section
      role="status"
      aria-label={t("tokenLabel", { name })}
      data-testid="new-token"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm"
    >
      <p className="font-medium text-emerald-900">{t("shownOnce")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="new-token-value"
          className="select-all break-all rounded bg-white px-2 py-1 font-mono text-slate-900"
        >
          {token}
        </code>
        <CopyButton text={token} label={t("copy")} copiedLabel={t("copied")} />
        <button type="button" onClick={onDismiss} className={secondaryButtonClass}>
          {t("dismiss")}
        </button>
      </div>
      <p className="mt-2 text-xs text-emerald-900">{t("usage")}</p>
    </section>
  );
}
