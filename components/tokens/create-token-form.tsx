"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import type { UseMutationResult } from "@tanstack/react-query";
import { ErrorAlert } from "@/components/ui/error-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { FieldMessage, TitledForm } from "@/components/ui/titled-form";
import type { Permission } from "@/lib/permissions/permissions";
import { useCreateApiToken, type NewApiToken } from "@/lib/query/use-api-tokens";
import {
  API_TOKEN_EXPIRY_CHOICES,
  createApiTokenBodySchema,
  type CreateApiTokenBody,
} from "@/lib/schemas/api-token";
import { NewTokenPanel } from "./new-token-panel";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

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
  const form = useForm<CreateApiTokenBody>({
    resolver: zodResolver(createApiTokenBodySchema),
    defaultValues: { name: "", scopes: [], expiresInDays: 30 },
  });
  const { errors } = form.formState;
  const hintId = useId();
  return (
    <div className="space-y-4">
      {create.data ? (
        <NewTokenPanel
          name={create.data.apiToken.name}
          token={create.data.token}
          onDismiss={() => create.reset()}
        />
      ) : null}
      <TitledForm
        title={t("createTitle")}
        testId={testId}
        onSubmit={form.handleSubmit((body) =>
          create.mutate(body, { onSuccess: () => form.reset() }),
        )}
      >
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <label className="text-sm text-slate-700">
            {t("name")}
            <input
              {...form.register("name")}
              aria-describedby={`${hintId}-name`}
              autoComplete="off"
              className={inputClass}
            />
            <span id={`${hintId}-name`} className="mt-1 block text-xs text-slate-500">
              {t("nameHint")}
            </span>
            <FieldMessage messageKey={errors.name?.message} />
          </label>
          <label className="text-sm text-slate-700">
            {t("expiry")}
            <select
              {...form.register("expiresInDays", { valueAsNumber: true })}
              className={inputClass}
            >
              {API_TOKEN_EXPIRY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {t("days", { days })}
                </option>
              ))}
            </select>
            <FieldMessage messageKey={errors.expiresInDays?.message} />
          </label>
        </div>
        <fieldset className="mt-4 text-sm" aria-describedby={`${hintId}-scopes`}>
          <legend className="text-slate-700">{t("scopes")}</legend>
          <p id={`${hintId}-scopes`} className="text-xs text-slate-500">
            {t("scopesHint")}
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {held.map((scope) => (
              <label key={scope} className="flex items-center gap-2">
                <input type="checkbox" value={scope} {...form.register("scopes")} />
                <span>{permissionName(scope)}</span>
                <code className="text-xs text-slate-500">{scope}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <FieldMessage messageKey={errors.scopes?.message} />
        <SubmitRow
          error={<ErrorAlert error={create.error} text={(message) => t("error", { message })} />}
          label={t("create")}
          pendingLabel={t("creating")}
          pending={create.isPending}
        />
      </TitledForm>
    </div>
  );
}
