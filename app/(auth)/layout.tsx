import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <QueryProvider>
      <div className="flex justify-end px-4 py-3 sm:px-6">
        <LanguageSwitcher />
      </div>
      <main id="main" className="mx-auto w-full max-w-md px-4 pb-16 pt-6">
        {children}
      </main>
    </QueryProvider>
  );
}
