"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { activeNavHref, navItemsFor } from "./nav-items";

export function MainNav({ roles }: { roles: readonly string[] }) {
  const t = useTranslations("nav");
  const active = activeNavHref(usePathname());
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1">
        {navItemsFor(roles).map((item) => {
          const { href, label } = item;
          const current = href === active;
          const Anchor = "newDocument" in item ? "a" : Link;
          return (
            <li key={href}>
              <Anchor
                href={href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "rounded-md bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-700"
                    : "rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                }
              >
                {t(label)}
              </Anchor>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
