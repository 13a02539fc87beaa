"use client";

import { useTranslations } from "next-intl";
import type { UseMutationResult } from "@tanstack/react-query";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormTextField } from "@/components/ui/form-text-field";
import { Options } from "@/components/ui/options";
import { ShownOncePanel } from "@/components/ui/shown-once-panel";
import { SubmitRow } from "@/components/ui/submit-row";
import { FieldMessage, formInputClass, TitledForm } from "@/components/ui/titled-form";
import { useRequestForm } from "@/components/ui/use-request-form";
import type { Permission } from "@/lib/permissions/permissions";
import { useCreateApiToken, type NewApiToken } from "@/lib/query/use-api-tokens";
import type { CreateApiTokenBody } from "@/lib/schemas/api-token";
import { API_TOKEN_EXPIRY_CHOICES } from "@/lib/schemas/account-choices";

/** Makes an API token with the scopes the person holds (same schema as POST /api/tokens). */
export function CreateTokenForm({ held }: { held: readonly Permission[] }) {
  return <TokenForm held={held} create={useCreateApiToken()} testId="create-token-form" />;
}

/**
 * The token form, for any owner: `held` are the scopes the owner may give, `create` the request
 * that makes the token (yours, or a service account's).
 */
export function TokenForm({
  held,
  create,
  testId,
}: {
  held: readonly Permission[];
  create: UseMutationResult<NewApiToken, Error, CreateApiTokenBody>;
  testId: string;
}) {
  const t = useTranslations("tokens");
  const permissionName = useTranslations("permissions");
  const { form, submit } = useRequestForm<CreateApiTokenBody>({
    schema: () => import("@/lib/schemas/api-token").then((m) => m.createApiTokenBodySchema),
    defaultValues: { name: "", scopes: [], expiresInDays: 30 },
    request: create,
  });
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      {create.data ? (
        <ShownOncePanel
          label={t("tokenLabel", { name: create.data.apiToken.name })}
          heading={t("shownOnce")}
          value={create.data.token}
          usage={t("usage")}
          testId="new-token"
          onDismiss={() => create.reset()}
        />
      ) : null}
      <TitledForm title={t("createTitle")} testId={testId} onSubmit={submit}>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <FormTextField label={t("name")} hint={t("nameHint")} form={form} name="name" />
          <label className="text-sm text-slate-700">
            {t("expiry")}
            <select
              {...form.register("expiresInDays", { valueAsNumber: true })}
              className={formInputClass}
            >
              <Options values={API_TOKEN_EXPIRY_CHOICES} label={(days) => t("days", { days })} />
            </select>
            <FieldMessage messageKey={errors.expiresInDays?.message} />
          </label>
        </div>
        <CheckboxGroup
          legend={t("scopes")}
          hint={t("scopesHint")}
          form={form}
          name="scopes"
          options={held.map((scope) => ({
            value: scope,
            label: (
              <>
                <span>{permissionName(scope)}</span>
                <code className="text-xs text-slate-500">{scope}</code>
              </>
            ),
          }))}
        />
        <SubmitRow
          errorText={(message) => t("error", { message })}
          label={t("create")}
          pendingLabel={t("creating")}
          request={create}
        />
      </TitledForm>
    </div>
  );
}
