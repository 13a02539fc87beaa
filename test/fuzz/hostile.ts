import fc from "fast-check";

/** Hostile inputs: the values that have broken JSON APIs on PostgreSQL before. */

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m\u007f",
  "\r\n\t\v\f",
  "\ud800",
  "x\udfffy",
  "\udc00\ud800",
  "\ufeff",
  "\u202etxt.exe",
  "\u200b\u200d",
  "\ufffd\uffff",
  "𝕏😀👩‍👩‍👧",
  "e\u0301\u0301\u0301",
  "%00",
  "%ED%A0%80",
  "%",
  "2024-99-99",
  "0000-00-00",
  "9999-12-31",
  "2024-02-30",
  "+275760-09-14",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "__proto__",
  "constructor",
  "prototype",
  "' OR 1=1 --",
  "\\",
  '"',
  "<script>alert(1)</script>",
  "${jndi:ldap://x}",
  "../../etc/passwd",
  "a".repeat(10_000),
];

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

export const HUGE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 64,
  -(2 ** 63),
  2_147_483_648,
  -0,
  5e-324,
  0.1,
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.string({ maxLength: 8 }),
    )
    .map((parts) => parts.join("")),
);

/** Any JSON value of the wrong kind for a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(...HUGE_NUMBERS, true, false, null, [], {}, [null], { "": "" }),
  fc.jsonValue({ maxDepth: 3 }),
);

/**
 * Deeply nested JSON, as text: 2,000 nested objects and 5,000 nested arrays. Kept as text (and
 * spliced into bodies by the generator) because JSON.stringify recursing that deep inside
 * fast-check's own call stack overflows it.
 */
export const DEEP_JSON = [
  `${'{"a":'.repeat(2_000)}1${"}".repeat(2_000)}`,
  `${"[".repeat(5_000)}1${"]".repeat(5_000)}`,
];

/** Bodies that are not JSON, or not the JSON anyone expects. */
export const NON_JSON_BODIES = [
  "",
  "{",
  "}",
  "[",
  "nul",
  "null",
  "[]",
  '"text"',
  "12",
  "true",
  "<xml/>",
  "a=1&b=2",
  "\u0000",
  "\ufeff{}",
  '{"a":1}{"b":2}',
  '{"a":1,}',
  "{'a':1}",
  "1e999999",
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
];

export const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-16",
  "application/xml",
  "",
];

/** Raw query-string fragments, spliced in as typed (not re-encoded). */
export const RAW_QUERY_VALUES = [
  "%00",
  "a%00b",
  "%01%1F%7F",
  "%ED%A0%80",
  "%C0%80",
  "%FF%FE",
  "%",
  "%zz",
  "%25",
  "2024-99-99",
  "0000-00-00",
  "9999-12-31",
  "2024-02-30",
  "-1",
  "0",
  "1e309",
  "9".repeat(400),
  "NaN",
  "__proto__",
  "a".repeat(5_000),
  "%E2%80%AE",
];
