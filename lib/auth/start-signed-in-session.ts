import "server-only";
import { appendAuditEvent, type RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { createSession, type SessionUser } from "./sessions";

/** Opens a session for a user who just proved who they are, and audits it in the same transaction. */
export async function startSignedInSession(
  db: Db,
  options: { user: SessionUser; method: "password" | "oidc"; meta?: RequestMeta; ttlHours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const { user, method, meta, ttlHours } = options;
  return db.transaction(async (tx) => {
    const created = await createSession(tx, { userId: user.id, method, meta, ttlHours });
    await appendAuditEvent(tx, {
      actor: user,
      target: { type: "user", id: user.email },
      meta,
      action: "user.signed_in",
      payload: { method },
    });
    return created;
  });
}
