"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { FieldMessage, TitledForm } from "@/components/ui/titled-form";
import { useCreateServiceAccount } from "@/lib/query/use-service-accounts";
import {
  createServiceAccountBodySchema,
  SERVICE_ACCOUNT_ROLES,
  type CreateServiceAccountBody,
} from "@/lib/schemas/service-account";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

/** Adds a service account (same schema as POST /api/service-accounts). */
export function CreateServiceAccountForm() {
  const t = useTranslations("settings.serviceAccounts");
  const roleName = useTranslations("roles");
  const form = useForm<CreateServiceAccountBody>({
    resolver: zodResolver(createServiceAccountBodySchema),
    defaultValues: { name: "", roles: ["requester"] },
  });
  const create = useCreateServiceAccount();
  const { errors } = form.formState;
  return (
    <TitledForm
      title={t("createTitle")}
      testId="create-service-account-form"
      onSubmit={form.handleSubmit((body) => create.mutate(body, { onSuccess: () => form.reset() }))}
    >
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <label className="text-sm text-slate-700">
          {t("name")}
          <input
            {...form.register("name")}
            aria-describedby="service-account-name-hint"
            autoComplete="off"
            className={inputClass}
          />
          <span id="service-account-name-hint" className="mt-1 block text-xs text-slate-500">
            {t("nameHint")}
          </span>
          <FieldMessage messageKey={errors.name?.message} />
        </label>
        <fieldset className="text-sm" aria-describedby="service-account-roles-hint">
          <legend className="text-slate-700">{t("roles")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {SERVICE_ACCOUNT_ROLES.map((role) => (
              <label key={role} className="flex items-center gap-1">
                <input type="checkbox" value={role} {...form.register("roles")} />
                {roleName(role)}
              </label>
            ))}
          </div>
          <p id="service-account-roles-hint" className="mt-1 text-xs text-slate-500">
            {t("rolesHint")}
          </p>
          <FieldMessage messageKey={errors.roles?.message} />
        </fieldset>
      </div>
      <SubmitRow
        pending={create.isPending}
        label={t("create")}
        pendingLabel={t("creating")}
        done={create.data ? t("created", { name: create.data.name }) : undefined}
        error={<ErrorAlert error={create.error} text={(message) => t("error", { message })} />}
      />
    </TitledForm>
  );
}
