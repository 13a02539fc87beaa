"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { SubmitRow } from "@/components/ui/submit-row";
import { useSaveApprovalPolicy } from "@/lib/query/use-approval-policy";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";

const inputClass = "mt-1 block w-28 rounded-md border border-slate-300 px-3 py-2";
const FIELDS = [
  "baseCount",
  "prepaidCount",
  "bandwidthThresholdMbps",
  "bandwidthCount",
  "teardownCount",
] as const;

/** The admin's approval-policy editor (same schema as `PUT /api/policy` and the stored row). */
export function ApprovalPolicyForm({ initial }: { initial: ApprovalPolicy }) {
  const t = useTranslations("policy");
  const tv = useTranslations();
  const form = useForm<ApprovalPolicy>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/approval-policy").then((m) => m.approvalPolicySchema),
    ),
    defaultValues: initial,
  });
  const save = useSaveApprovalPolicy();
  const { errors, isDirty } = form.formState;

  return (
    <form
      onSubmit={form.handleSubmit((policy) =>
        save.mutate(policy, { onSuccess: (saved) => form.reset(saved) }),
      )}
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("title")}
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FIELDS.map((field) => (
          <label key={field} className="text-sm text-slate-700">
            {t(`fields.${field}`)}
            <input
              type="number"
              inputMode="numeric"
              {...form.register(field, { valueAsNumber: true })}
              className={inputClass}
            />
            <span className="mt-1 block text-xs text-slate-500">{t(`hints.${field}`)}</span>
            {errors[field]?.message ? (
              <span className="mt-1 block text-xs text-red-700">
                {tv(errors[field].message as "validation.policyCount")}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      <SubmitRow
        request={save}
        label={t("save")}
        pendingLabel={t("saving")}
        done={save.isSuccess && !isDirty ? t("saved") : undefined}
        errorText={(message) => t("error", { message })}
      />
    </form>
  );
}
