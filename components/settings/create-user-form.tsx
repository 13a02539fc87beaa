"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { FieldMessage, TitledForm } from "@/components/ui/titled-form";
import { ROLES } from "@/lib/permissions/permissions";
import { useCreateUser } from "@/lib/query/use-users";
import { createUserBodySchema, type CreateUserBody } from "@/lib/schemas/user";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

/** Adds a local account (same schema as the route that receives it). */
export function CreateUserForm() {
  const t = useTranslations("settings");
  const roleName = useTranslations("roles");
  const form = useForm<CreateUserBody>({
    resolver: zodResolver(createUserBodySchema),
    defaultValues: { email: "", name: "", roles: [], password: "" },
  });
  const create = useCreateUser();
  const { errors } = form.formState;
  return (
    <TitledForm
      title={t("createTitle")}
      onSubmit={form.handleSubmit((body) => create.mutate(body, { onSuccess: () => form.reset() }))}
    >
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <label className="text-sm text-slate-700">
          {t("email")}
          <input type="email" {...form.register("email")} className={inputClass} />
          <FieldMessage messageKey={errors.email?.message} />
        </label>
        <label className="text-sm text-slate-700">
          {t("name")}
          <input {...form.register("name")} className={inputClass} />
          <FieldMessage messageKey={errors.name?.message} />
        </label>
        <label className="text-sm text-slate-700">
          {t("password")}
          <input
            type="password"
            autoComplete="new-password"
            {...form.register("password")}
            className={inputClass}
          />
          <FieldMessage messageKey={errors.password?.message} />
        </label>
      </div>
      <fieldset className="mt-3 flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 text-slate-700">{t("roles")}</legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-1">
            <input type="checkbox" value={role} {...form.register("roles")} />
            {roleName(role)}
          </label>
        ))}
      </fieldset>
      <FieldMessage messageKey={errors.roles?.message} />
      <SubmitRow
        pending={create.isPending}
        label={t("create")}
        pendingLabel={t("creating")}
        done={create.isSuccess ? t("created", { email: create.data.email }) : undefined}
        error={<ErrorAlert error={create.error} text={(message) => t("error", { message })} />}
      />
    </TitledForm>
  );
}
