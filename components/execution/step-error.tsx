"use client";

import { useLocale, useTranslations } from "next-intl";
import type { StepError } from "@/lib/schemas/execution";

type ExplainedError = StepError & { explanation?: { en: string; zh: string } | undefined };

/** The portal's own failure codes (`Portal.*`), each explained under `execution.portalErrors`. */
export const PORTAL_ERRORS = [
  "ActiveTimeout",
  "Incomplete",
  "Interrupted",
  "LinkMissing",
  "LinkNotApproved",
  "ListTruncated",
  "OrderUnpaid",
  "PlanHashMismatch",
  "PlanHashNotApproved",
  "PlanMissing",
  "PskUnreadable",
  "ResourceVanished",
  "TooManyAttempts",
  "TooManyResumes",
  "UnresolvedReference",
] as const;
type PortalError = (typeof PORTAL_ERRORS)[number];

const portalErrorOf = (code: string): PortalError | undefined => {
  const name = code.startsWith("Portal.") ? code.slice("Portal.".length) : undefined;
  return PORTAL_ERRORS.find((known) => known === name);
};

/**
 * A failed call, as an admin reads it: the code, what it means and what to do (in the reader's
 * language: the cloud's code from the server's explanation table, the portal's own from the
 * messages), then the cloud's own words.
 */
export function StepErrorText({ error, alert }: { error: ExplainedError; alert: boolean }) {
  const t = useTranslations("execution");
  const language = useLocale().startsWith("zh") ? "zh" : "en";
  const portal = portalErrorOf(error.code);
  const explanation = error.explanation
    ? error.explanation[language]
    : portal
      ? t(`portalErrors.${portal}`)
      : t("unexplained");
  return (
    <div
      role={alert ? "alert" : undefined}
      className="space-y-1 text-red-800"
      data-testid="step-error"
    >
      <div className="font-mono font-semibold" data-testid="step-error-code">
        {error.code}
      </div>
      <p className="text-slate-900" data-testid="step-error-explanation">
        {explanation}
      </p>
      <p className="text-slate-600">
        {t("cloudMessage")}: <span lang="en">{error.message}</span>
      </p>
    </div>
  );
}
