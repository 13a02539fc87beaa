import { getTranslations } from "next-intl/server";
import type { DesignFinding } from "@/lib/design/findings";

const SEVERITY_STYLE: Record<DesignFinding["severity"], string> = {
  block: "bg-red-100 text-red-800",
  warn: "bg-amber-100 text-amber-800",
  info: "bg-slate-100 text-slate-700",
};

/** The design checks' findings, in the reader's language, each with the field it is about. */
export async function DesignFindingsList({ findings }: { findings: DesignFinding[] }) {
  const t = await getTranslations("approvals.findings");
  const lint = await getTranslations();
  if (findings.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="design-findings">
        {t("none")}
      </p>
    );
  }
  return (
    <ul className="space-y-2 text-sm" data-testid="design-findings">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.path}-${JSON.stringify(f.params)}`} data-severity={f.severity}>
          <span
            className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_STYLE[f.severity]}`}
          >
            {t(`severity.${f.severity}`)}
          </span>
          {lint(f.messageKey as "lint.crypto.pfsOff", f.params)}
          <span className="ml-2 font-mono text-xs text-slate-500">{f.path}</span>
          {f.citation ? <span className="ml-2 text-xs text-slate-500">{f.citation}</span> : null}
        </li>
      ))}
    </ul>
  );
}
