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
  if (value instanceof Error) return serializeError(value, secrets, seen);
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, seen));
  const out: Record<string, unknown> = {};
  const carriesQuery = "query" in value;
  for (const [key, inner] of Object.entries(value)) {
    if (carriesQuery && QUERY_PARAMETER_KEYS.has(key)) continue;
    out[key] =
      isSecretKey(key) && inner != null && inner !== "" ? REDACTED : redact(inner, secrets, seen);
  }
  return out;
}

/** A query's bound values: dropped wherever they sit beside a `query`, whatever they hold. */
const QUERY_PARAMETER_KEYS = new Set(["params", "parameters", "values", "bindings"]);

/**
 * Everything after this in an error message is a query's parameters (Drizzle's
 * DrizzleQueryError: "Failed query: <sql>\nparams: <values>").
 */
const PARAMS_SUFFIX = /\s*\bparams:[\s\S]*$/;

/** An error message fit for a log line: no query parameters, no known secret. */
export function sanitizeErrorMessage(message: string, secrets: readonly string[]): string {
  return scrubString(message.replace(PARAMS_SUFFIX, ""), secrets);
}

/**
 * An error as a log line may show it — an allow-list, so a field nobody thought of (a driver's
 * `params`, `detail`, `where`, `parameters`) can never carry a bound value into the log: the
 * class, the code, a sanitized message, the stack's frames (its first line repeats the message)
 * and the causes, each the same way.
 */
export function serializeError(
  error: Error,
  secrets: readonly string[],
  seen = new WeakSet<object>(),
): Record<string, unknown> {
  seen.add(error);
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  const cause = error.cause;
  return {
    type: error.name !== "Error" ? error.name : error.constructor.name,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message: sanitizeErrorMessage(error.message, secrets),
    ...(frames ? { stack: scrubString(frames, secrets) } : {}),
    ...(cause instanceof Error && !seen.has(cause)
      ? { cause: serializeError(cause, secrets, seen) }
      : {}),
    ...(error instanceof AggregateError
      ? {
          errors: error.errors
            .filter((inner): inner is Error => inner instanceof Error && !seen.has(inner))
            .map((inner) => serializeError(inner, secrets, seen)),
        }
      : {}),
  };
}
