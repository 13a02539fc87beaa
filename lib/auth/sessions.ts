import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import {
  appendAuditEvent,
  type AuditedChange,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { sessions, users } from "@/lib/db/schema";
import { normalizeRoles, type Role } from "@/lib/permissions/permissions";

/** The signed-in person, as guards and pages see them. */
export type SessionUser = { id: string; email: string; name: string; roles: Role[] };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session inside the caller's transaction; returns the cookie token (stored only hashed). */
export async function createSession(
  tx: Db,
  options: { userId: string; method: "password" | "oidc"; meta?: RequestMeta; ttlHours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + options.ttlHours * 3_600_000);
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: options.userId,
    method: options.method,
    ip: options.meta?.ip ?? null,
    userAgent: options.meta?.userAgent ?? null,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The user of a live session, or null (unknown, expired, or the user was disabled). */
export async function findSessionUser({
  db,
  token,
}: {
  db: Db;
  token: string | undefined;
}): Promise<SessionUser | null> {
  if (!token) return null;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, roles: users.roles })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        eq(users.disabled, false),
      ),
    );
  return row ? { ...row, roles: normalizeRoles(row.roles) } : null;
}

/** Ends a session and writes `user.signed_out` in the same transaction. */
export async function endSession(options: AuditedChange & { token: string }): Promise<void> {
  await options.db.transaction(async (tx) => {
    const removed = await tx
      .delete(sessions)
      .where(eq(sessions.tokenHash, hashToken(options.token)))
      .returning({ userId: sessions.userId });
    if (removed.length === 0) return;
    await appendAuditEvent(tx, {
      actor: options.actor,
      target: { type: "user", id: options.actor.email },
      meta: options.meta,
      action: "user.signed_out",
      payload: {},
    });
  });
}
