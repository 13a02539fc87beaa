"use client";

import { useTranslations } from "next-intl";
import { DesignFindings } from "@/components/design/design-findings";
import { useWizard } from "./wizard-context";

/** The design checks that are not errors (crypto lint, warnings), as you type. */
export function WizardFindings() {
  const t = useTranslations("wizard");
  const { check } = useWizard();
  if (check.findings.length === 0) return null;
  return (
    <section data-testid="wizard-findings" aria-live="polite">
      <h4 className="mb-2 text-sm font-semibold text-slate-900">{t("findings")}</h4>
      <DesignFindings findings={check.findings} />
    </section>
  );
}
