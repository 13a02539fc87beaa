"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "./copy-button";
import { secondaryButtonClass } from "./submit-row";

/** A secret the portal made, shown this once, with a copy button and the way to put it away. */
export function ShownOncePanel({
  label,
  heading,
  value,
  usage,
  testId,
  onDismiss,
}: {
  label: string;
  heading: string;
  value: string;
  usage: string;
  testId: string;
  onDismiss: () => void;
}) {
  const t = useTranslations("tokens");
  return (
    <section
      role="status"
      aria-label={label}
      data-testid={testId}
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm"
    >
      <p className="font-medium text-emerald-900">{heading}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid={`${testId}-value`}
          className="select-all break-all rounded bg-white px-2 py-1 font-mono text-slate-900"
        >
          {value}
        </code>
        <CopyButton text={value} label={t("copy")} copiedLabel={t("copied")} />
        <button type="button" onClick={onDismiss} className={secondaryButtonClass}>
          {t("dismiss")}
        </button>
      </div>
      <p className="mt-2 text-xs text-emerald-900">{usage}</p>
    </section>
  );
}
