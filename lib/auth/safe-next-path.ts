/**
 * Where to go after signing in: an allow-list, because a browser reads more than a server
 * expects as "another host" (`/\t/evil.example`, `/\\evil.example`), and a control character
 * in a Location header fails the response outright.
 */

/** C0 controls, DEL, C1 controls, backslash, and the Unicode line and paragraph separators. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/;
/** Percent-decoding layers inspected: a value encoded more deeply than this is refused. */
const MAX_DECODINGS = 3;
const BASE = "http://portal.invalid";

function isSafeLayer(value: string): boolean {
  return (
    value.startsWith("/") &&
    !value.startsWith("//") &&
    !FORBIDDEN.test(value) &&
    value.isWellFormed() &&
    new URL(value, BASE).origin === BASE
  );
}

/**
 * The same value when it is a path on this origin (with query and fragment), else "/". Every
 * percent-decoded layer must pass too, so a double-encoded `%2509` or `%2F%2F` cannot turn
 * into a tab or a second slash wherever the value is decoded once more.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value) return "/";
  let layer = value;
  for (let depth = 0; depth <= MAX_DECODINGS; depth++) {
    if (!isSafeLayer(layer)) return "/";
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return value; // a lone "%" is literal text: nothing further to decode
    }
    if (decoded === layer) return value;
    layer = decoded;
  }
  return "/";
}
