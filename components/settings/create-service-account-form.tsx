"use client";

import { useTranslations } from "next-intl";
import { FormTextField } from "@/components/ui/form-text-field";
import { useRequestForm } from "@/components/ui/use-request-form";
import { useCreateServiceAccount } from "@/lib/query/use-service-accounts";
import type { CreateServiceAccountBody } from "@/lib/schemas/service-account";
import { SERVICE_ACCOUNT_ROLES } from "@/lib/schemas/account-choices";
import { AddAccountForm } from "./add-account-form";

/** Adds a service account (same schema as POST /api/service-accounts). */
export function CreateServiceAccountForm() {
  const t = useTranslations("settings.serviceAccounts");
  const create = useCreateServiceAccount();
  const { form, submit } = useRequestForm<CreateServiceAccountBody>({
    schema: () =>
      import("@/lib/schemas/service-account").then((m) => m.createServiceAccountBodySchema),
    defaultValues: { name: "", roles: ["requester"] },
    request: create,
  });
  return (
    <AddAccountForm
      messages="settings.serviceAccounts"
      testId="create-service-account-form"
      form={form}
      onSubmit={submit}
      request={create}
      roles={SERVICE_ACCOUNT_ROLES}
      rolesHint={t("rolesHint")}
      done={create.data ? t("created", { name: create.data.name }) : undefined}
    >
      <div className="mt-3 max-w-md">
        <FormTextField label={t("name")} hint={t("nameHint")} form={form} name="name" />
      </div>
    </AddAccountForm>
  );
}
