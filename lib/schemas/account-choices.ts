/**
 * The fixed choices of the account forms, kept apart from their zod schemas so a form can list
 * them without downloading zod with the page (components/ui/lazy-zod-resolver.ts).
 */

/**
 * The roles a service account may hold. Never `approver` or `admin`: the four-eyes rule counts
 * people, and whoever holds a service account's token could otherwise approve their own link.
 */
export const SERVICE_ACCOUNT_ROLES = ["viewer", "requester"] as const;

/** Tokens live at most a year (GitLab's default ceiling); every token expires. */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_EXPIRY_CHOICES = [7, 30, 90, 365] as const;
