import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { AuditedChange } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { apiTokens, users } from "@/lib/db/schema";
import { normalizeRoles } from "@/lib/permissions/permissions";
import type { CreateApiTokenBody } from "@/lib/schemas/api-token";
import {
  SERVICE_ACCOUNT_ROLES,
  type CreateServiceAccountBody,
  type ServiceAccountView,
} from "@/lib/schemas/service-account";
import { apiTokenView, createApiToken } from "./api-tokens";
import { createUser, usersOfKind } from "./users";

/**
 * Service accounts: users of kind `service` that automation acts as. They have no password and
 * no SSO link, so nobody signs in as one; an admin issues their tokens. Their roles stay within
 * SERVICE_ACCOUNT_ROLES, so a token never counts as an approver.
 */

/** `.invalid` is reserved (RFC 2606): the identity can never be a mailbox someone receives. */
export const SERVICE_ACCOUNT_DOMAIN = "service-accounts.invalid";
const identityOf = (name: string) => `${name}@${SERVICE_ACCOUNT_DOMAIN}`;

type ServiceRow = typeof users.$inferSelect;

function toView(row: ServiceRow, tokens: (typeof apiTokens.$inferSelect)[]): ServiceAccountView {
  const roles = SERVICE_ACCOUNT_ROLES.filter((role) => row.roles.includes(role));
  return {
    id: row.id,
    name: row.name,
    identity: row.email,
    roles,
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
    tokens: tokens.filter((token) => token.userId === row.id).map(apiTokenView),
  };
}

/** Every service account, by name, with its tokens (newest first; revoked and expired too). */
export async function listServiceAccounts({ db }: { db: Db }): Promise<ServiceAccountView[]> {
  const rows = await usersOfKind(db, "service");
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const tokens = await db
    .select()
    .from(apiTokens)
    .where(inArray(apiTokens.userId, ids))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((row) => toView(row, tokens));
}

/** Creates a service account (`user.created`, via `service_account`); 409 if the name is taken. */
export async function createServiceAccount(
  options: AuditedChange & { body: CreateServiceAccountBody },
): Promise<ServiceAccountView> {
  const { db, body } = options;
  const created = await createUser({
    db,
    email: identityOf(body.name),
    name: body.name,
    roles: body.roles,
    kind: "service",
    actor: options.actor,
    via: "service_account",
    meta: options.meta,
  });
  const [row] = await db.select().from(users).where(eq(users.id, created.id));
  return toView(row!, []);
}

/** A token for a service account, issued by an admin (the audit row names both). */
export async function issueServiceAccountToken(
  options: AuditedChange & {
    accountId: string;
    body: CreateApiTokenBody;
  },
) {
  const [account] = await options.db.select().from(users).where(eq(users.id, options.accountId));
  if (!account || account.kind !== "service") {
    throw new AppError("not_found", "No such service account.");
  }
  if (account.disabled) {
    const message = "The service account is disabled: enable it first.";
    throw new AppError("conflict", message, undefined, "serviceAccountDisabled");
  }
  return createApiToken({
    db: options.db,
    owner: { id: account.id, email: account.email, roles: normalizeRoles(account.roles) },
    body: options.body,
    issuedBy: options.actor,
    meta: options.meta,
  });
}
