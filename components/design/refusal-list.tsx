"use client";

import { useTranslations } from "next-intl";
import { apiNameOf } from "@/lib/design/wizard/api-name";
import { fieldLabelOf } from "@/lib/design/finding-display";
import type { ApiIssue } from "@/lib/query/fetch-json";
import { fieldAnchor } from "./field-anchor";

/**
 * The fields a refusal names, as the admin knows them: each field's label (its API name beside
 * it) linking to the field's finding on the page — never the design's internal path.
 */
export function RefusalList({ issues }: { issues: readonly ApiIssue[] }) {
  const t = useTranslations("findings");
  const field = useTranslations("findings.fields");
  const paths = [...new Set(issues.map((issue) => issue.path).filter((path) => path !== ""))];
  if (paths.length === 0) return null;
  return (
    <ul
      aria-label={t("refusedFields")}
      className="mt-1 list-disc pl-5 text-xs"
      data-testid="refusal-list"
    >
      {paths.map((path) => {
        const label = fieldLabelOf(path);
        const apiName = label.apiField ?? (label.key === "other" ? apiNameOf(path) : undefined);
        return (
          <li key={path}>
            <a href={`#${fieldAnchor(path)}`} className="text-brand-700 underline">
              {field(label.key, label.params)}
            </a>
            {apiName ? (
              <code className="ml-1 rounded bg-slate-100 px-1 font-mono text-slate-700">
                {apiName}
              </code>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
