"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SubmitRow } from "@/components/ui/submit-row";
import { FormTextField } from "@/components/ui/form-text-field";
import { TitledForm } from "@/components/ui/titled-form";
import { useRequestForm } from "@/components/ui/use-request-form";
import { ROLES } from "@/lib/permissions/permissions";
import { useCreateUser } from "@/lib/query/use-users";
import type { CreateUserBody } from "@/lib/schemas/user";

/** Adds a local account (same schema as the route that receives it). */
export function CreateUserForm() {
  const t = useTranslations("settings");
  const roleName = useTranslations("roles");
  const create = useCreateUser();
  const { form, submit } = useRequestForm<CreateUserBody>({
    schema: () => import("@/lib/schemas/user").then((m) => m.createUserBodySchema),
    defaultValues: { email: "", name: "", roles: [], password: "" },
    request: create,
  });
  return (
    <TitledForm title={t("createTitle")} onSubmit={submit}>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <FormTextField label={t("email")} type="email" form={form} name="email" />
        <FormTextField label={t("name")} form={form} name="name" />
        <FormTextField
          label={t("password")}
          type="password"
          autoComplete="new-password"
          form={form}
          name="password"
        />
      </div>
      <CheckboxGroup
        legend={t("roles")}
        form={form}
        name="roles"
        options={ROLES.map((role) => ({ value: role, label: roleName(role) }))}
      />
      <SubmitRow
        request={create}
        label={t("create")}
        pendingLabel={t("creating")}
        done={create.isSuccess ? t("created", { email: create.data.email }) : undefined}
        errorText={(message) => t("error", { message })}
      />
    </TitledForm>
  );
}
