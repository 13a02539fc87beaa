import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { ModeBadge } from "./mode-badge";
import { UserMenu } from "./user-menu";

export async function AppHeader({
  mode,
  user,
}: {
  mode: "sandbox" | "live";
  user: { name: string; email: string; roles: readonly string[] };
}) {
  const t = await getTranslations("app");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-brand-900">
          <LogoMark />
          <span>{t("name")}</span>
        </Link>
        <ModeBadge mode={mode} />
        <MainNav roles={user.roles} />
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          <UserMenu name={user.name} email={user.email} roles={user.roles} />
        </div>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-brand-600">
      <circle cx="5" cy="12" r="3" fill="currentColor" />
      <circle cx="19" cy="12" r="3" fill="currentColor" />
      <path d="M8 12h8" stroke="currentColor" strokeWidth="2" strokeDasharray="2 2" />
    </svg>
  );
}
