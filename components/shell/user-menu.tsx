"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { isRole } from "@/lib/permissions/permissions";
import { useSignOut } from "@/lib/query/use-session";

/** Who is signed in, with which roles, and the way out. */
export function UserMenu({
  name,
  email,
  roles,
}: {
  name: string;
  email: string;
  roles: readonly string[];
}) {
  const t = useTranslations("userMenu");
  const roleName = useTranslations("roles");
  const router = useRouter();
  const signOut = useSignOut();
  return (
    <div className="flex items-center gap-3 text-sm">
      <div className="text-right leading-tight" data-testid="user-menu" title={email}>
        <div className="font-medium text-slate-900">{t("signedInAs", { name })}</div>
        <div className="text-xs text-slate-500" data-testid="user-roles">
          {roles
            .filter(isRole)
            .map((role) => roleName(role))
            .join(", ")}
        </div>
      </div>
      <button
        type="button"
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => {
              router.replace("/sign-in");
              router.refresh();
            },
          })
        }
        disabled={signOut.isPending}
        className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      >
        {signOut.isPending ? t("signingOut") : t("signOut")}
      </button>
    </div>
  );
}
