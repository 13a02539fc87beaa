import { useTranslations } from "next-intl";
import { displayParams, fieldLabelOf } from "@/lib/design/finding-display";
import type { DesignFinding } from "@/lib/design/findings";
import { fieldAnchor } from "./field-anchor";
import { citationMessageKey, findingMessageKey } from "./finding-message-key";

/**
 * The findings of a design (designFindings), most severe first: severity, the message with its
 * values in the provider's own vocabulary, the field it points at, the standard behind it, and
 * whether a cloud default was judged. Client-safe: the link page, the wizard and the approval
 * review all render it.
 */

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

const BADGE = {
  block: "bg-red-100 text-red-800 ring-red-200",
  warn: "bg-amber-100 text-amber-900 ring-amber-200",
  info: "bg-sky-100 text-sky-900 ring-sky-200",
} as const;

export function DesignFindings({ findings }: { findings: readonly DesignFinding[] }) {
  const t = useTranslations("findings");
  const message = useTranslations();
  const field = useTranslations("findings.fields");
  if (findings.length === 0) {
    return (
      <p
        data-testid="design-findings-empty"
        className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900"
      >
        {t("empty")}
      </p>
    );
  }
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return (
    <ul aria-label={t("listLabel")} className="space-y-2" data-testid="design-findings">
      {sorted.map((finding, index) => {
        const label = fieldLabelOf(finding.path);
        // The first finding at a field is where a refusal naming that field links to.
        const first = sorted.findIndex((other) => other.path === finding.path) === index;
        return (
          <li
            key={`${finding.rule} ${finding.path} ${index}`}
            id={first ? fieldAnchor(finding.path) : undefined}
            tabIndex={first ? -1 : undefined}
            data-testid="design-finding"
            data-severity={finding.severity}
            data-rule={finding.rule}
            className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-start gap-2">
              <span
                className={`shrink-0 rounded px-2 py-0.5 text-xs font-semibold ring-1 ${BADGE[finding.severity]}`}
              >
                {t(`severity.${finding.severity}`)}
              </span>
              <span className="min-w-0 flex-1 text-slate-900">
                {message(findingMessageKey(finding.messageKey), displayParams(finding))}
              </span>
              {finding.defaulted ? (
                <span
                  title={t("cloudDefaultHint")}
                  className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
                >
                  {t("cloudDefault")}
                </span>
              ) : null}
            </div>
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
              <div className="flex gap-1">
                <dt>{t("field")}:</dt>
                <dd data-testid="finding-field">
                  {finding.provider ? `${t(`providers.${finding.provider}`)} · ` : ""}
                  {field(label.key, label.params)}
                  {label.apiField ? (
                    <code className="ml-1 rounded bg-slate-100 px-1 font-mono">
                      {label.apiField}
                    </code>
                  ) : null}
                </dd>
              </div>
              {finding.citation ? (
                <div className="flex gap-1">
                  <dt>{t("citation")}:</dt>
                  <dd data-testid="finding-citation">
                    {message(citationMessageKey(finding.rule))}
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
