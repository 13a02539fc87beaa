import { hasPermission, type Permission } from "@/lib/permissions/permissions";

/**
 * The portal's main navigation: one entry per screen, labels are message keys under "nav". An
 * entry without a permission is for every signed-in person.
 */
export const NAV_ITEMS = [
  { href: "/", label: "links", permission: "link.read" },
  { href: "/links/new", label: "newLink", permission: "link.create" },
  { href: "/approvals", label: "approvals", permission: "link.approve" },
  { href: "/audit", label: "audit", permission: "audit.read" },
  { href: "/settings", label: "settings", permission: "user.manage" },
  { href: "/notifications", label: "notifications" },
  { href: "/tokens", label: "tokens" },
  // Loaded as a new document: its CSP differs (INLINE_STYLE_PAGES), and a client-side
  // navigation would keep the previous page's.
  { href: "/api-docs", label: "apiDocs", newDocument: true },
] as const satisfies readonly {
  href: string;
  label: string;
  permission?: Permission;
  newDocument?: boolean;
}[];

/** The entries a person with these roles may open (the server still checks every page). */
export function navItemsFor(roles: readonly string[]) {
  return NAV_ITEMS.filter(
    (item) => !("permission" in item) || hasPermission(roles, item.permission),
  );
}

/** The nav entry a path belongs to: the longest matching prefix, "/" only for itself. */
export function activeNavHref(pathname: string): string | undefined {
  const matches = NAV_ITEMS.filter(({ href }) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`),
  );
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
