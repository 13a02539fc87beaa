"use client";

import { useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SubmitRow } from "@/components/ui/submit-row";
import { TitledForm } from "@/components/ui/titled-form";
import type { Role } from "@/lib/permissions/permissions";

/**
 * A form that adds an account (a person's, a service account): its own fields (`children`), the
 * `roles` it may be given as checkboxes, and the submit row, which says `done` once the account
 * exists. Worded from `messages`: createTitle, roles, create, creating and error.
 */
export function AddAccountForm<Body extends FieldValues & { roles: Role[] }>({
  messages,
  testId,
  form,
  onSubmit,
  request,
  roles,
  rolesHint,
  done,
  children,
}: {
  messages: "settings" | "settings.serviceAccounts";
  testId?: string;
  form: UseFormReturn<Body>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  request: { isPending: boolean; error: unknown };
  roles: readonly Role[];
  rolesHint?: string;
  done: string | undefined;
  children: ReactNode;
}) {
  const t = useTranslations(messages);
  const roleName = useTranslations("roles");
  // Every Body has `roles` (see the bound); TypeScript cannot resolve a path of an open type.
  const rolesPath = "roles" as FieldPath<Body>;
  return (
    <TitledForm title={t("createTitle")} testId={testId} onSubmit={onSubmit}>
      {children}
      <CheckboxGroup
        legend={t("roles")}
        hint={rolesHint}
        form={form}
        name={rolesPath}
        options={roles.map((role) => ({ value: role, label: roleName(role) }))}
      />
      <SubmitRow
        request={request}
        label={t("create")}
        pendingLabel={t("creating")}
        done={done}
        errorText={(message) => t("error", { message })}
      />
    </TitledForm>
  );
}
