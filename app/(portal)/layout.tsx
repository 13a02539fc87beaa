import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { QueryProvider } from "@/components/query-provider";
import { requireUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("app");
  return (
    <QueryProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <AppHeader mode={env().mode} user={user} />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </QueryProvider>
  );
}
