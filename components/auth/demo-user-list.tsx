"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/lib/permissions/permissions";

type DemoUser = { email: string; name: string; roles: Role[] };

/** Sandbox only: the demo accounts, their roles and (since it is a sandbox) their password. */
export function DemoUserList({
  users,
  password,
  disabled,
  onPick,
}: {
  users: readonly DemoUser[];
  password: string;
  disabled: boolean;
  onPick: (user: DemoUser) => void;
}) {
  const t = useTranslations("auth");
  const roleName = useTranslations("roles");
  return (
    <section
      aria-labelledby="demo-users-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6"
    >
      <h2 id="demo-users-title" className="font-semibold text-amber-950">
        {t("demoTitle")}
      </h2>
      <p className="mt-1 text-sm text-amber-900">{t("demoIntro", { password })}</p>
      <ul className="mt-4 divide-y divide-amber-200">
        {users.map((user) => (
          <li key={user.email} className="flex items-center justify-between gap-3 py-2">
            <div className="min-w-0 text-sm">
              <div className="font-medium text-slate-900">{user.name}</div>
              <div className="break-all text-slate-600">{user.email}</div>
              <div className="text-xs text-slate-500">
                {t("demoRoles")}: {user.roles.map((role) => roleName(role)).join(", ")}
              </div>
            </div>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(user)}
              aria-label={t("demoUse", { name: user.name })}
              className="shrink-0 rounded-md border border-amber-400 bg-white px-3 py-1 text-sm text-amber-950 hover:bg-amber-100 disabled:opacity-60"
            >
              {t("submit")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
