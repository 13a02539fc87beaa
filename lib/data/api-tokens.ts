import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import {
  appendAuditEvent,
  type AuditActor,
  type AuditedChange,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import { apiTokenDigest, apiTokenHint, generateApiToken } from "@/lib/crypto/api-token-format";
import type { Db } from "@/lib/db/connect";
import { apiTokens, users, type ApiTokenRow } from "@/lib/db/schema";
import { hasPermission, PERMISSION_NAMES, type Role } from "@/lib/permissions/permissions";
import type { AuditEventInput } from "@/lib/schemas/audit-event";
import type { ApiTokenState, ApiTokenView, CreateApiTokenBody } from "@/lib/schemas/api-token";

/** Live tokens one person may hold at once: enough for every tool, few enough to review. */
export const MAX_ACTIVE_TOKENS_PER_USER = 25;

type Owner = { id: string; email: string; roles: readonly Role[] };

export function apiTokenState(
  row: Pick<ApiTokenRow, "revokedAt" | "expiresAt">,
  now = new Date(),
): ApiTokenState {
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "active";
}

export function apiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    hint: row.hint,
    scopes: PERMISSION_NAMES.filter((name) => row.scopes.includes(name)),
    state: apiTokenState(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

type TokenEvent = Extract<
  AuditEventInput,
  { action: "api_token.created" | "api_token.revoked" | "api_token.used" | "api_token.refused" }
>;

/** One audit row about a token, inside the caller's transaction. */
function auditToken(
  tx: Db,
  tokenId: string,
  options: { actor: AuditActor; meta?: RequestMeta } & TokenEvent,
) {
  return appendAuditEvent(tx, { ...options, target: { type: "api_token", id: tokenId } });
}

/** A person's tokens, newest first (revoked and expired ones too, as their history). */
export async function listApiTokens({ db, userId }: { db: Db; userId: string }) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(apiTokenView);
}

/**
 * Makes a token for `owner` carrying `scopes` (each one a permission the owner holds now) and
 * writes `api_token.created` in the same transaction. The token itself is returned only here.
 */
export async function createApiToken(options: {
  db: Db;
  owner: Owner;
  body: CreateApiTokenBody;
  /** Who makes a token for someone else (an admin, for a service account); else the owner. */
  issuedBy?: NonNullable<AuditActor>;
  meta?: RequestMeta;
}): Promise<{ token: string; apiToken: ApiTokenView }> {
  const { owner, body, issuedBy } = options;
  const missing = body.scopes.filter((scope) => !hasPermission(owner.roles, scope));
  if (missing.length > 0) {
    throw new AppError(
      "unprocessable",
      issuedBy
        ? "A token can carry only permissions its account holds."
        : "A token can carry only permissions you hold.",
      missing.map((scope) => ({
        path: "scopes",
        message: issuedBy
          ? `The account's roles do not hold ${scope}.`
          : `Your roles do not hold ${scope}.`,
      })),
    );
  }
  const token = generateApiToken();
  const expiresAt = new Date(Date.now() + body.expiresInDays * 86_400_000);
  return options.db.transaction(async (tx) => {
    // One owner's creates queue behind each other, so the cap below holds under races.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, owner.id)).for("update");
    const [{ active } = { active: 0 }] = await tx
      .select({ active: sql<number>`count(*)::int` })
      .from(apiTokens)
      .where(
        and(
          eq(apiTokens.userId, owner.id),
          isNull(apiTokens.revokedAt),
          gt(apiTokens.expiresAt, new Date()),
        ),
      );
    if (active >= MAX_ACTIVE_TOKENS_PER_USER) {
      throw new AppError(
        "conflict",
        `${issuedBy ? "The account already holds" : "You already hold"} ${MAX_ACTIVE_TOKENS_PER_USER} live tokens: revoke one first.`,
      );
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: owner.id,
        name: body.name,
        digest: apiTokenDigest(token),
        hint: apiTokenHint(token),
        scopes: body.scopes,
        expiresAt,
      })
      .returning();
    await auditToken(tx, row!.id, {
      actor: issuedBy ?? owner,
      meta: options.meta,
      action: "api_token.created",
      payload: {
        name: row!.name,
        hint: row!.hint,
        scopes: body.scopes,
        expiresAt: expiresAt.toISOString(),
        ...(issuedBy ? { owner: owner.email } : {}),
      },
    });
    return { token, apiToken: apiTokenView(row!) };
  });
}

/**
 * Revokes a token of `actor` (or of anyone, for `anyOwner`: admins) and writes
 * `api_token.revoked`. Revoking a revoked token changes nothing and writes nothing.
 */
export async function revokeApiToken(
  options: AuditedChange & {
    id: string;
    anyOwner: boolean;
  },
): Promise<ApiTokenView> {
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.id, options.id))
      .for("update");
    if (!row || (row.userId !== options.actor.id && !options.anyOwner)) {
      throw new AppError("not_found", "No such token.");
    }
    if (row.revokedAt) return apiTokenView(row);
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date(), revokedBy: options.actor.id })
      .where(eq(apiTokens.id, row.id))
      .returning();
    await auditToken(tx, row.id, {
      actor: options.actor,
      meta: options.meta,
      action: "api_token.revoked",
      payload: { name: row.name, hint: row.hint },
    });
    return apiTokenView(revoked!);
  });
}

/** The token of a presented secret and its owner, whatever their state (null: no such token). */
export async function findApiTokenBySecret({ db, token }: { db: Db; token: string }) {
  const [found] = await db
    .select({
      token: apiTokens,
      owner: {
        id: users.id,
        email: users.email,
        name: users.name,
        roles: users.roles,
        disabled: users.disabled,
      },
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.digest, apiTokenDigest(token)));
  return found ?? null;
}

/** One request made with a token: its last use moves on and `api_token.used` is written. */
export async function recordApiTokenUse(options: {
  db: Db;
  tokenId: string;
  actor: NonNullable<AuditActor>;
  meta: RequestMeta;
  use: { method: string; route: string; status: number; requestId: string };
}): Promise<void> {
  await options.db.transaction(async (tx) => {
    await tx
      .update(apiTokens)
      .set({ lastUsedAt: new Date(), lastUsedIp: options.meta.ip })
      .where(eq(apiTokens.id, options.tokenId));
    await auditToken(tx, options.tokenId, {
      actor: options.actor,
      meta: options.meta,
      action: "api_token.used",
      payload: options.use,
    });
  });
}

/** A request with a token that may no longer be used: `api_token.refused`, by nobody known. */
export async function recordApiTokenRefusal(options: {
  db: Db;
  tokenId: string;
  meta: RequestMeta;
  refusal: {
    reason: "expired" | "revoked" | "owner_disabled";
    method: string;
    route: string;
    requestId: string;
  };
}): Promise<void> {
  await options.db.transaction((tx) =>
    auditToken(tx, options.tokenId, {
      actor: null,
      meta: options.meta,
      action: "api_token.refused",
      payload: options.refusal,
    }),
  );
}
