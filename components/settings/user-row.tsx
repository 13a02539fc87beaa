"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { NameCell } from "@/components/ui/data-table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ROLES, type Role } from "@/lib/permissions/permissions";
import { useUpdateUser, type UserSummary } from "@/lib/query/use-users";

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const t = useTranslations("settings");
  const roleName = useTranslations("roles");
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const update = useUpdateUser(user.id);
  const changed = roles.join() !== user.roles.join();

  return (
    <tr data-testid={`user-row-${user.email}`} className="align-top">
      <NameCell name={user.name} detail={<div className="text-slate-600">{user.email}</div>} />
      <td className="px-3 py-2">
        <fieldset
          aria-label={t("rolesFor", { email: user.email })}
          className="flex flex-wrap gap-3"
        >
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) =>
                  setRoles((current) =>
                    ROLES.filter((r) => (r === role ? event.target.checked : current.includes(r))),
                  )
                }
              />
              {roleName(role)}
            </label>
          ))}
        </fieldset>
        <ErrorAlert
          error={update.error}
          text={(message) => t("error", { message })}
          className="mt-1 text-xs"
        />
      </td>
      <td className="px-3 py-2">
        {user.disabled ? t("disabled") : t("active")}
        {user.sso ? <span className="ml-2 text-xs text-slate-500">{t("sso")}</span> : null}
      </td>
      <td className="space-x-2 whitespace-nowrap px-3 py-2">
        <button
          type="button"
          disabled={!changed || update.isPending}
          onClick={() => update.mutate({ roles })}
          className="rounded-md bg-brand-600 px-3 py-1 text-white disabled:opacity-40"
        >
          {t("saveRoles")}
        </button>
        {isSelf ? null : (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ disabled: !user.disabled })}
            className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 disabled:opacity-40"
          >
            {user.disabled ? t("enable") : t("disable")}
          </button>
        )}
      </td>
    </tr>
  );
}
