import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

/** Every character a same-origin path must never carry: C0, DEL, C1, U+2028/2029, backslash. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  "\u007f",
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code)),
  "\u2028",
  "\u2029",
  "\\",
];

const hex = (char: string) =>
  [...new TextEncoder().encode(char)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");

/** How a character can reach `next`: raw, percent-encoded (once or twice), lower-case hex. */
const ENCODINGS: Record<string, (char: string) => string> = {
  raw: (char) => char,
  percent: hex,
  percentLower: (char) => hex(char).toLowerCase(),
  double: (char) => hex(char).replaceAll("%", "%25"),
  triple: (char) => hex(char).replaceAll("%", "%2525"),
};

/** Where in the path the character goes: the shapes a browser may read as another host. */
const SHAPES = [
  (c: string) => `/${c}/evil.example`,
  (c: string) => `${c}//evil.example`,
  (c: string) => `/${c}${c}evil.example`,
  (c: string) => `//${c}evil.example`,
  (c: string) => `/audit${c}`,
  (c: string) => `/links?search=a${c}b`,
  (c: string) => `/links#x${c}`,
];

/** The value the page and the OIDC route read: `next` from a real query string. */
const throughQueryString = (raw: string) =>
  new URLSearchParams(`next=${raw.replaceAll("&", "%26").replaceAll("#", "%23")}`).get("next");

describe("safeNextPath", () => {
  it("keeps same-origin paths, with their query and fragment", () => {
    for (const path of [
      "/",
      "/audit",
      "/links/8f0c?tab=plan",
      "/links?search=a%20b#top",
      "/a/b/",
    ]) {
      expect(safeNextPath(path)).toBe(path);
    }
  });

  it("refuses nothing, other hosts, schemes and protocol-relative forms", () => {
    for (const value of [
      null,
      undefined,
      "",
      "audit",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "/\ud800",
    ]) {
      expect(safeNextPath(value), JSON.stringify(value)).toBe("/");
    }
  });

  for (const [encoding, encode] of Object.entries(ENCODINGS)) {
    it(`refuses every control character, separator and backslash (${encoding})`, () => {
      for (const char of FORBIDDEN) {
        for (const shape of SHAPES) {
          const value = shape(encode(char));
          expect(safeNextPath(value), JSON.stringify(value)).toBe("/");
          expect(safeNextPath(throughQueryString(value)), `?next=${value}`).toBe("/");
        }
      }
    });
  }

  it("only ever answers a path that resolves on the same origin, without controls", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: "grapheme-ascii" }).map((s) => `/${s}`),
          fc
            .array(
              fc.constantFrom(...FORBIDDEN, "/", "\\", "%", "2", "5", "0", "9", "e.x", ":", "@"),
            )
            .map((parts) => parts.join("")),
        ),
        (value) => {
          const next = safeNextPath(value);
          expect(next === "/" || next === value).toBe(true);
          expect(new URL(next, "http://portal.test").origin).toBe("http://portal.test");
          expect(next).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/);
          expect(next.startsWith("//")).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
