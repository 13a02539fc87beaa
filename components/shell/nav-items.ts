/** The portal's main navigation: one entry per screen, labels are message keys under "nav". */
export const NAV_ITEMS = [
  { href: "/", label: "links" },
  { href: "/links/new", label: "newLink" },
  { href: "/approvals", label: "approvals" },
  { href: "/audit", label: "audit" },
  { href: "/settings", label: "settings" },
] as const;

export type NavLabel = (typeof NAV_ITEMS)[number]["label"];

/** The nav entry a path belongs to: the longest matching prefix, "/" only for itself. */
export function activeNavHref(pathname: string): string | undefined {
  const matches = NAV_ITEMS.filter(({ href }) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`),
  );
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
