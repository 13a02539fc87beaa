"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/query/fetch-json";
import { useLinkTransition } from "@/lib/query/use-link";

/** The owner's Submit (draft) or Withdraw (submitted, rejected) button. */
export function LinkWorkflowActions({
  linkId,
  action,
}: {
  linkId: string;
  action: "submit" | "withdraw";
}) {
  const t = useTranslations("approvals.panel");
  const router = useRouter();
  const run = useLinkTransition(linkId, action);
  const fields =
    run.error instanceof ApiError ? run.error.issues.filter((issue) => issue.path !== "") : [];
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={run.isPending}
        onClick={() => run.mutate(undefined, { onSuccess: () => router.refresh() })}
        className={
          action === "submit"
            ? "rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
            : "rounded-md border border-slate-300 px-4 py-2 text-slate-700 disabled:opacity-50"
        }
      >
        {run.isPending ? t("working") : t(action)}
      </button>
      <ErrorAlert error={run.error}>
        {fields.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 font-mono text-xs">
            {fields.map((issue) => (
              <li key={`${issue.path}-${issue.message}`}>{issue.path}</li>
            ))}
          </ul>
        ) : null}
      </ErrorAlert>
    </div>
  );
}
