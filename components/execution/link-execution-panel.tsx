"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLinkExecution, useRetryExecution } from "@/lib/query/use-execution";
import { DataTable } from "@/components/ui/data-table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ExecutionStepRow } from "./execution-step-row";
import { StepErrorText } from "./step-error";

const COLUMNS = [
  "step",
  "state",
  "resource",
  "cloudState",
  "publicIp",
  "orderId",
  "requestId",
  "error",
] as const;

/**
 * The live execution of a link's approved plan: polls the status API until a terminal state
 * (active, failed, …), shows every step as it goes, and offers the owner a retry after a failure.
 */
export function LinkExecutionPanel({ linkId }: { linkId: string }) {
  const t = useTranslations("execution");
  const status = useLinkExecution(linkId);
  const retry = useRetryExecution(linkId);
  const view = status.data;
  // The page around the panel (state badge) is server-rendered: refresh it when the link moves on.
  const router = useRouter();
  const seenState = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!view) return;
    if (seenState.current !== undefined && seenState.current !== view.linkState) router.refresh();
    seenState.current = view.linkState;
  }, [view, router]);
  if (status.error) {
    return (
      <ErrorAlert
        error={status.error}
        text={(message) => t("loadError", { message })}
        className="mt-6 text-sm"
      />
    );
  }
  if (!view?.execution) return null;
  const { execution } = view;
  return (
    <section className="mt-8" aria-labelledby="execution-heading" data-testid="execution">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="execution-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <span
          className="text-sm text-slate-700"
          data-testid="execution-state"
          data-state={execution.state}
          aria-live="polite"
        >
          {t(`executionStates.${execution.state}`)}
          {view.terminal ? null : <span className="ml-2 text-slate-500">{t("live")}</span>}
        </span>
      </div>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <DataTable
        columns={COLUMNS.map((column) => t(`columns.${column}`))}
        rows={view.steps}
        renderRow={(step) => <ExecutionStepRow key={step.stepId} step={step} />}
      />
      {execution.state === "failed" && execution.error && view.steps.length === 0 ? (
        <div className="mt-3 text-sm">
          <StepErrorText error={execution.error} alert />
        </div>
      ) : null}
      {view.canRetry ? (
        <div className="mt-3 flex items-center gap-3">
          <button
            type="button"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
            disabled={retry.isPending}
            onClick={() => retry.mutate()}
          >
            {retry.isPending ? t("retrying") : t("retry")}
          </button>
          <span className="text-xs text-slate-600">{t("retryHint")}</span>
        </div>
      ) : null}
      <ErrorAlert
        error={retry.error}
        text={(message) => t("retryError", { message })}
        className="mt-2 text-sm"
      />
    </section>
  );
}
