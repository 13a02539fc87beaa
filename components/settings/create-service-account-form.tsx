"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SubmitRow } from "@/components/ui/submit-row";
import { FormTextField } from "@/components/ui/form-text-field";
import { TitledForm } from "@/components/ui/titled-form";
import { useRequestForm } from "@/components/ui/use-request-form";
import { useCreateServiceAccount } from "@/lib/query/use-service-accounts";
import type { CreateServiceAccountBody } from "@/lib/schemas/service-account";
import { SERVICE_ACCOUNT_ROLES } from "@/lib/schemas/account-choices";

/** Adds a service account (same schema as POST /api/service-accounts). */
export function CreateServiceAccountForm() {
  const t = useTranslations("settings.serviceAccounts");
  const roleName = useTranslations("roles");
  const create = useCreateServiceAccount();
  const { form, submit } = useRequestForm<CreateServiceAccountBody>({
    schema: () =>
      import("@/lib/schemas/service-account").then((m) => m.createServiceAccountBodySchema),
    defaultValues: { name: "", roles: ["requester"] },
    request: create,
  });
  return (
    <TitledForm title={t("createTitle")} testId="create-service-account-form" onSubmit={submit}>
      <div className="mt-3 max-w-md">
        <FormTextField label={t("name")} hint={t("nameHint")} form={form} name="name" />
      </div>
      <CheckboxGroup
        legend={t("roles")}
        hint={t("rolesHint")}
        form={form}
        name="roles"
        options={SERVICE_ACCOUNT_ROLES.map((role) => ({ value: role, label: roleName(role) }))}
      />
      <SubmitRow
        request={create}
        label={t("create")}
        pendingLabel={t("creating")}
        done={create.data ? t("created", { name: create.data.name }) : undefined}
        errorText={(message) => t("error", { message })}
      />
    </TitledForm>
  );
}
