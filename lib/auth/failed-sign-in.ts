import "server-only";
import { appendAuditEvent, type RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import type { AuditEventInput } from "@/lib/schemas/audit-event";

type FailedSignIn = Extract<AuditEventInput, { action: "user.sign_in_failed" }>["payload"];

/**
 * Audits a sign-in that did not succeed, with an anonymous actor: `account` is whom it claimed to
 * be (an email, an OIDC subject, or "unknown"). The throttle counts these rows.
 */
export async function auditFailedSignIn(
  db: Db,
  options: FailedSignIn & { account: string; meta: RequestMeta },
): Promise<void> {
  const { method, reason, account, meta } = options;
  await db.transaction((tx) =>
    appendAuditEvent(tx, {
      actor: null,
      target: { type: "user", id: account },
      meta,
      action: "user.sign_in_failed",
      payload: { method, reason },
    }),
  );
}
