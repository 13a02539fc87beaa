import "server-only";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { isWellFormedApiToken } from "@/lib/crypto/api-token-format";
import { apiTokenState, findApiTokenBySecret, recordApiTokenRefusal } from "@/lib/data/api-tokens";
import type { Db } from "@/lib/db/connect";
import { AppError } from "@/lib/errors/app-error";
import { normalizeRoles, PERMISSION_NAMES, type Permission } from "@/lib/permissions/permissions";
import type { SessionUser } from "./sessions";

/** The token a request was made with: its scopes narrow what the owner's roles allow. */
export type ApiTokenCaller = { id: string; name: string; scopes: readonly Permission[] };

/**
 * The credential of an `Authorization: Bearer …` header; undefined when the request sends no
 * Bearer credential (other schemes are not the portal's and are ignored).
 */
export function bearerCredential(headers: Headers): string | undefined {
  const header = headers.get("authorization")?.trim();
  if (!header || !/^bearer(\s|$)/i.test(header)) return undefined;
  return header.slice("bearer".length).trim();
}

/**
 * The person and token behind a Bearer credential, or a 401 that says why. A real token that may
 * no longer be used (revoked, expired, its owner disabled) also writes `api_token.refused`.
 */
export async function authenticateBearer(options: {
  db: Db;
  credential: string;
  meta: RequestMeta;
  request: { method: string; route: string; requestId: string };
}): Promise<{ user: SessionUser; token: ApiTokenCaller }> {
  if (!isWellFormedApiToken(options.credential)) {
    throw new AppError(
      "unauthorized",
      "The Bearer credential is not a portal API token (vlpat_ followed by 36 letters and digits).",
    );
  }
  const found = await findApiTokenBySecret({ db: options.db, token: options.credential });
  if (!found) throw new AppError("unauthorized", "Unknown API token.");
  const state = apiTokenState(found.token);
  const reason =
    state === "revoked"
      ? "revoked"
      : state === "expired"
        ? "expired"
        : found.owner.disabled
          ? "owner_disabled"
          : null;
  if (reason) {
    await recordApiTokenRefusal({
      db: options.db,
      tokenId: found.token.id,
      meta: options.meta,
      refusal: { reason, ...options.request },
    });
    throw new AppError("unauthorized", REFUSALS[reason]);
  }
  const { id, email, name, roles } = found.owner;
  return {
    user: { id, email, name, roles: normalizeRoles(roles) },
    token: {
      id: found.token.id,
      name: found.token.name,
      scopes: PERMISSION_NAMES.filter((scope) => found.token.scopes.includes(scope)),
    },
  };
}

const REFUSALS = {
  revoked: "This API token was revoked.",
  expired: "This API token has expired: make a new one.",
  owner_disabled: "The account this API token belongs to is disabled.",
} as const;
