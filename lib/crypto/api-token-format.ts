import { createHash, randomInt } from "node:crypto";
import { crc32 } from "node:zlib";

/**
 * The portal's API token format, after GitHub's: `vlpat_` + 30 random base62 characters (178
 * bits) + a 6-character base62 CRC32 of them. The prefix and checksum let secret scanners
 * (gitleaks, trufflehog, GitHub push protection) find a leaked token and reject look-alikes
 * offline; the portal checks them before touching the database. Pattern for scanners:
 * `vlpat_[0-9A-Za-z]{36}`.
 */

export const API_TOKEN_PREFIX = "vlpat_";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
export const API_TOKEN_PATTERN = /^vlpat_[0-9A-Za-z]{36}$/;

function base62(value: number, width: number): string {
  let text = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) text = BASE62[rest % 62] + text;
  return text.padStart(width, "0");
}

function checksumOf(random: string): string {
  return base62(crc32(random), CHECKSUM_LENGTH);
}

/** A new token; the portal stores only its SHA-256 digest. */
export function generateApiToken(): string {
  let random = "";
  for (let i = 0; i < RANDOM_LENGTH; i++) random += BASE62[randomInt(62)];
  return `${API_TOKEN_PREFIX}${random}${checksumOf(random)}`;
}

/** True when `text` has the token's shape and its checksum holds. */
export function isWellFormedApiToken(text: string): boolean {
  if (!API_TOKEN_PATTERN.test(text)) return false;
  const random = text.slice(API_TOKEN_PREFIX.length, API_TOKEN_PREFIX.length + RANDOM_LENGTH);
  return text.endsWith(checksumOf(random));
}

/** What the UI shows of a token once it is stored: its prefix and last four characters. */
export function apiTokenHint(token: string): string {
  return `${API_TOKEN_PREFIX}…${token.slice(-4)}`;
}

/** What the database keeps of a token: a high-entropy secret needs no slow hash. */
export function apiTokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
