"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ExecutionStepView } from "@/lib/schemas/execution";
import { StepErrorText } from "./step-error";

const STATE_COLORS: Record<ExecutionStepView["state"], string> = {
  pending: "bg-slate-100 text-slate-700",
  running: "bg-indigo-100 text-indigo-800",
  waiting: "bg-amber-100 text-amber-800",
  done: "bg-emerald-100 text-emerald-800",
  failed: "bg-red-100 text-red-800",
};

const dash = "—";

/** What the cloud said about the step's resource, one column each (a dash while unknown). */
const CLOUD_VALUES = [
  { key: "resourceId", testId: "resource-id" },
  { key: "cloudState", testId: "cloud-state" },
  { key: "publicIp", testId: "public-ip" },
  { key: "orderId", testId: "order-id" },
  { key: "requestId", testId: "request-id" },
] as const satisfies readonly { key: keyof ExecutionStepView; testId: string }[];

/** When a step started or finished, in the reader's locale. */
function StepTime({ label, at }: { label: "started" | "finished"; at: string | null }) {
  const t = useTranslations("execution");
  const format = useFormatter();
  if (!at) return null;
  const time = format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="mt-1 whitespace-nowrap text-xs text-slate-600" data-testid={`step-${label}`}>
      <time dateTime={at}>{t(label, { time })}</time>
    </div>
  );
}

/** A prepaid gateway's term end and renewal, as the cloud reports them, in the reader's locale. */
function PrepaidTerm({ step }: { step: ExecutionStepView }) {
  const t = useTranslations("execution");
  const format = useFormatter();
  if (!step.prepaidUntil) return null;
  const time = format.dateTime(new Date(step.prepaidUntil), { dateStyle: "medium" });
  return (
    <div className="mt-1 text-xs text-slate-600" data-testid="prepaid-term">
      {t("prepaidUntil", { time })}
      {step.renewal ? ` · ${t(`renewal.${step.renewal}`)}` : null}
    </div>
  );
}

/**
 * One step of a running plan: its state and times, resource, state in the cloud, public IP,
 * OrderId, the call's RequestId, and a failure explained.
 */
export function ExecutionStepRow({ step }: { step: ExecutionStepView }) {
  const t = useTranslations("execution");
  const providers = useTranslations("links.providers");
  return (
    <tr data-testid={`execution-step-${step.stepId}`} data-state={step.state} className="align-top">
      <td className="px-3 py-2">
        <div className="font-medium text-slate-900">{t(`actions.${step.action}`)}</div>
        <div className="text-xs text-slate-600">
          {providers(step.provider)} · <span className="font-mono">{step.region}</span>
        </div>
      </td>
      <td className="px-3 py-2">
        <span
          className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STATE_COLORS[step.state]}`}
        >
          {t(`stepStates.${step.state}`)}
        </span>
        {step.attempts > 1 ? (
          <div className="mt-1 text-xs text-slate-600">
            {t("attempts", { count: step.attempts })}
          </div>
        ) : null}
        {step.adopted ? <div className="mt-1 text-xs text-slate-600">{t("adopted")}</div> : null}
        {step.cloudState === "awaitingPayment" && step.orderId ? (
          <div className="mt-1 text-xs text-amber-800" role="status" data-testid="awaiting-payment">
            {t("awaitingPayment", { orderId: step.orderId })}
          </div>
        ) : null}
        <PrepaidTerm step={step} />
        <StepTime label="started" at={step.startedAt} />
        <StepTime label="finished" at={step.finishedAt} />
      </td>
      {CLOUD_VALUES.map(({ key, testId }) => (
        <td key={key} className="px-3 py-2 font-mono text-xs" data-testid={testId}>
          {step[key] ?? dash}
        </td>
      ))}
      <td className="px-3 py-2 text-xs">
        {step.error ? <StepErrorText error={step.error} alert={step.state === "failed"} /> : dash}
      </td>
    </tr>
  );
}
