/**
 * Roles and the ONE permission table of the portal. Client-safe: the server enforces it on every
 * route and page; the UI reads it only to hide controls a person cannot use.
 */

export const ROLES = ["viewer", "requester", "approver", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

const EVERYONE = ["viewer", "requester", "approver", "admin"] as const satisfies readonly Role[];

/** permission -> roles that hold it. Admin holds everything. */
export const PERMISSIONS = {
  "link.read": EVERYONE,
  "link.create": ["requester", "admin"],
  "link.submit": ["requester", "admin"],
  "link.approve": ["approver", "admin"],
  "config.download": ["requester", "admin"],
  "audit.read": EVERYONE,
  "user.manage": ["admin"],
  "policy.manage": ["admin"],
  "account.read": ["admin"],
  /** Notification channels, their delivery log and retries. */
  "notify.manage": ["admin"],
  /**
   * Scrape /api/metrics: counts and states only (never an id, a user or a parameter), less than the
   * audit log shows everyone. A scraper uses a viewer service account's token with this one scope.
   */
  "metrics.read": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Sorted, de-duplicated, valid roles only. */
export function normalizeRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
