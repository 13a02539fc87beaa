/**
 * Redaction for log records: by key name (anything that looks like a secret field) and by value
 * (known secret strings, wherever they appear, even inside longer strings).
 */

export const REDACTED = "[REDACTED]";

const SECRET_KEY_PATTERN =
  /(secret|password|passwd|pre_?share_?key|psk|token|authorization|cookie|signature|credential|private_?key|api_?key|access_?key_?secret)/i;

/** Values shorter than this are not scrubbed by value: they would match too much ordinary text. */
const MIN_SECRET_LENGTH = 6;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY_PATTERN.test(key);
}

export function scrubString(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) {
      out = out.split(secret).join(REDACTED);
    }
  }
  return out;
}

export function redact(
  value: unknown,
  secrets: readonly string[],
  seen = new WeakSet<object>(),
): unknown {
  if (typeof value === "string") return scrubString(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubString(value.message, secrets),
      stack: value.stack ? scrubString(value.stack, secrets) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      isSecretKey(key) && inner != null && inner !== "" ? REDACTED : redact(inner, secrets, seen);
  }
  return out;
}
