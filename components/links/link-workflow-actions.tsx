"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { RefusalList } from "@/components/design/refusal-list";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/query/fetch-json";
import { useLinkTransition } from "@/lib/query/use-link";

/**
 * The owner's Submit (draft) or Withdraw (submitted, rejected) button. A refusal names the fields
 * to fix, and goes away once the design changes (`designVersion`): it spoke of the old one.
 */
export function LinkWorkflowActions({
  linkId,
  action,
  designVersion,
}: {
  linkId: string;
  action: "submit" | "withdraw";
  designVersion: string;
}) {
  const t = useTranslations("approvals.panel");
  const router = useRouter();
  const run = useLinkTransition(linkId, action);
  const { reset } = run;
  useEffect(() => reset(), [designVersion, reset]);
  const issues = run.error instanceof ApiError ? run.error.issues : [];
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
        <RefusalList issues={issues} />
      </ErrorAlert>
    </div>
  );
}
