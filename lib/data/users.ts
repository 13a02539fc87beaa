import "server-only";
import { asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import {
  appendAuditEvent,
  type AuditActor,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import { hashPassword } from "@/lib/crypto/password";
import { normalizeRoles, type Role } from "@/lib/permissions/permissions";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import type { UserKind } from "@/lib/schemas/service-account";

/** A user as the rest of the portal sees it: never the password hash. */
export type PublicUser = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  hasPassword: boolean;
  sso: boolean;
  createdAt: Date;
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toPublicUser(row: typeof users.$inferSelect): PublicUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: normalizeRoles(row.roles),
    disabled: row.disabled,
    hasPassword: row.passwordHash !== null,
    sso: row.oidcSubject !== null,
    createdAt: row.createdAt,
  };
}

export async function findUserByEmail({ db, email }: { db: Db; email: string }) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** The people (service accounts are listed apart: lib/data/service-accounts.ts). */
export async function listUsers({ db }: { db: Db }): Promise<PublicUser[]> {
  return (await usersOfKind(db, "person")).map(toPublicUser);
}

/** The stored users of one kind: people by email, service accounts by name. */
export function usersOfKind(db: Db, kind: UserKind) {
  const order = kind === "person" ? users.email : users.name;
  return db.select().from(users).where(eq(users.kind, kind)).orderBy(asc(order));
}

export type CreateUserOptions = {
  db: Db;
  email: string;
  name: string;
  roles: readonly Role[];
  password?: string;
  oidc?: { issuer: string; subject: string };
  actor: AuditActor;
  via: "cli" | "settings" | "sandbox_seed" | "oidc" | "service_account";
  /** A service account: no password, no SSO, tokens only (lib/data/service-accounts.ts). */
  kind?: UserKind;
  meta?: RequestMeta;
};

/** Creates a user and writes `user.created` in the same transaction. 409 if the email is taken. */
export async function createUser(options: CreateUserOptions): Promise<PublicUser> {
  const email = normalizeEmail(options.email);
  const roles = normalizeRoles(options.roles);
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email,
        name: options.name.trim(),
        roles,
        passwordHash,
        oidcIssuer: options.oidc?.issuer ?? null,
        oidcSubject: options.oidc?.subject ?? null,
        kind: options.kind ?? "person",
      })
      .onConflictDoNothing()
      .returning();
    if (!row && options.kind === "service") {
      const message = "A service account with this name already exists.";
      throw new AppError("conflict", message, undefined, "serviceAccountExists");
    }
    if (!row) throw new AppError("conflict", "A user with this email already exists.");
    await appendAuditEvent(tx, {
      actor: options.actor,
      target: { type: "user", id: email },
      meta: options.meta,
      action: "user.created",
      payload: { email, name: row.name, roles, via: options.via },
    });
    return toPublicUser(row);
  });
}
