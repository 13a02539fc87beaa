import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import {
  appendAuditEvent,
  type AuditActor,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import { normalizeRoles, type Role } from "@/lib/permissions/permissions";
import type { Db } from "@/lib/db/connect";
import { sessions, users } from "@/lib/db/schema";
import { SERVICE_ACCOUNT_ROLES } from "@/lib/schemas/service-account";
import { toPublicUser, type PublicUser } from "./users";

type ChangeOptions = { db: Db; userId: string; actor: AuditActor; meta?: RequestMeta };

async function lockUser(tx: Db, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!row) throw new AppError("not_found", "No such user.");
  return row;
}

/** True when another enabled admin than `userId` exists. */
async function anotherAdminExists(tx: Db, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(ne(users.id, userId), eq(users.disabled, false), sql`'admin' = any(${users.roles})`))
    .limit(1);
  return Boolean(row);
}

/** Replaces a user's roles; writes `user.roles_changed` in the same transaction (nothing if unchanged). */
export async function setUserRoles(
  options: ChangeOptions & { roles: readonly Role[] },
): Promise<PublicUser> {
  const to = normalizeRoles(options.roles);
  return options.db.transaction(async (tx) => {
    const current = await lockUser(tx, options.userId);
    const from = normalizeRoles(current.roles);
    if (from.join() === to.join()) return toPublicUser(current);
    const beyond = to.filter((role) => !(SERVICE_ACCOUNT_ROLES as readonly Role[]).includes(role));
    if (current.kind === "service" && beyond.length > 0) {
      throw new AppError(
        "unprocessable",
        "A service account may hold only the viewer and requester roles.",
        beyond.map((role) => ({ path: "roles", message: `A service account cannot be ${role}.` })),
      );
    }
    if (from.includes("admin") && !to.includes("admin") && !current.disabled) {
      if (!(await anotherAdminExists(tx, current.id))) {
        throw new AppError("conflict", "The last admin cannot lose the admin role.");
      }
    }
    const [row] = await tx
      .update(users)
      .set({ roles: to, updatedAt: new Date() })
      .where(eq(users.id, current.id))
      .returning();
    await appendAuditEvent(tx, {
      actor: options.actor,
      target: { type: "user", id: current.email },
      meta: options.meta,
      action: "user.roles_changed",
      payload: { from, to },
    });
    return toPublicUser(row!);
  });
}

/**
 * Disables (ending every session) or re-enables a user, with its audit row. `allowLastAdmin` is
 * only for start-up in live mode, which must disable sandbox demo accounts whatever their roles.
 */
export async function setUserDisabled(
  options: ChangeOptions & { disabled: boolean; allowLastAdmin?: boolean },
): Promise<PublicUser> {
  return options.db.transaction(async (tx) => {
    const current = await lockUser(tx, options.userId);
    if (current.disabled === options.disabled) return toPublicUser(current);
    if (options.disabled && !options.allowLastAdmin && current.roles.includes("admin")) {
      if (!(await anotherAdminExists(tx, current.id))) {
        throw new AppError("conflict", "The last admin cannot be disabled.");
      }
    }
    const [row] = await tx
      .update(users)
      .set({ disabled: options.disabled, updatedAt: new Date() })
      .where(eq(users.id, current.id))
      .returning();
    if (options.disabled) await tx.delete(sessions).where(eq(sessions.userId, current.id));
    await appendAuditEvent(tx, {
      actor: options.actor,
      target: { type: "user", id: current.email },
      meta: options.meta,
      action: options.disabled ? "user.disabled" : "user.enabled",
      payload: {},
    });
    return toPublicUser(row!);
  });
}
