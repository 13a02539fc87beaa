"use client";

import { useTranslations } from "next-intl";
import { useWizard } from "./wizard-context";

/** The design checks that are not errors (crypto lint, warnings), as you type. */
export function WizardFindings() {
  const t = useTranslations();
  const { check } = useWizard();
  if (check.findings.length === 0) return null;
  return (
    <section
      className="rounded-md border border-amber-300 bg-amber-50 p-3"
      data-testid="wizard-findings"
      aria-live="polite"
    >
      <h4 className="text-sm font-semibold text-slate-900">{t("wizard.findings")}</h4>
      <ul className="mt-2 space-y-1 text-sm">
        {check.findings.map((f) => (
          <li key={`${f.rule}-${f.path}`} data-finding={f.rule} data-severity={f.severity}>
            <span
              className={
                f.severity === "block"
                  ? "font-semibold text-red-700"
                  : f.severity === "warn"
                    ? "text-amber-800"
                    : "text-slate-700"
              }
            >
              {t(`wizard.severity.${f.severity}`)}
            </span>{" "}
            {t(f.messageKey as never, f.params as never)}
            {f.defaulted ? (
              <span className="text-slate-600"> ({t("lint.crypto.defaulted")})</span>
            ) : null}
            {f.citation ? <span className="ml-1 text-xs text-slate-500">{f.citation}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
