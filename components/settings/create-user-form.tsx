"use client";

import { useTranslations } from "next-intl";
import { FormTextField } from "@/components/ui/form-text-field";
import { useRequestForm } from "@/components/ui/use-request-form";
import { ROLES } from "@/lib/permissions/permissions";
import { useCreateUser } from "@/lib/query/use-users";
import type { CreateUserBody } from "@/lib/schemas/user";
import { AddAccountForm } from "./add-account-form";

/** Adds a local account (same schema as the route that receives it). */
export function CreateUserForm() {
  const t = useTranslations("settings");
  const create = useCreateUser();
  const { form, submit } = useRequestForm<CreateUserBody>({
    schema: () => import("@/lib/schemas/user").then((m) => m.createUserBodySchema),
    defaultValues: { email: "", name: "", roles: [], password: "" },
    request: create,
  });
  return (
    <AddAccountForm
      messages="settings"
      form={form}
      onSubmit={submit}
      request={create}
      roles={ROLES}
      done={create.isSuccess ? t("created", { email: create.data.email }) : undefined}
    >
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
    </AddAccountForm>
  );
}
