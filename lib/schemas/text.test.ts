import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nonEmpty } from "./common";
import { findUnsafeText, safeMultilineText, safeString, textProblem } from "./text";

const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const C1 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code));
const LINE_BREAKS = ["\t", "\n", "\r"];
const SEPARATORS = ["\u2028", "\u2029"];
const SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "x\ud800", "\udc00x"];

/** Text a person types: any well-formed string without a control character or separator. */
const ordinaryText = fc
  .string({ unit: "grapheme" })
  .filter((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value));

describe("textProblem", () => {
  it("refuses every C0 and C1 control and DEL in single-line text", () => {
    for (const char of [...C0, "\u007f", ...C1, ...SEPARATORS]) {
      expect(textProblem(`a${char}b`), JSON.stringify(char)).toBe("control");
    }
  });

  it("allows only tab, line feed and carriage return in multi-line text", () => {
    for (const char of [...C0, "\u007f", ...C1]) {
      expect(textProblem(`a${char}b`, "multi-line"), JSON.stringify(char)).toBe(
        LINE_BREAKS.includes(char) ? undefined : "control",
      );
    }
    for (const char of SEPARATORS) expect(textProblem(char, "multi-line")).toBeUndefined();
  });

  it("refuses lone surrogates, keeps pairs", () => {
    for (const text of SURROGATES) expect(textProblem(text, "multi-line")).toBe("surrogate");
    expect(textProblem("😀 北京 café")).toBeUndefined();
  });

  it("accepts ordinary text of any script", () => {
    fc.assert(
      fc.property(ordinaryText, (value) => {
        expect(textProblem(value)).toBeUndefined();
        expect(textProblem(value, "multi-line")).toBeUndefined();
      }),
    );
  });

  it("refuses ordinary text with one forbidden character inserted anywhere", () => {
    fc.assert(
      fc.property(
        ordinaryText,
        ordinaryText,
        fc.constantFrom(...C0.filter((c) => !LINE_BREAKS.includes(c)), "\u007f", ...C1, "\ud800"),
        (before, after, bad) => {
          expect(textProblem(before + bad + after)).toBeDefined();
          expect(textProblem(before + bad + after, "multi-line")).toBeDefined();
        },
      ),
    );
  });
});

describe("safe string schemas", () => {
  it("name the field in the message", () => {
    const result = safeString("name").safeParse("a\u0000b");
    expect(result.error?.issues[0]?.message).toBe("name must not contain control characters");
    const broken = safeMultilineText("reason").safeParse("a\ud800");
    expect(broken.error?.issues[0]?.message).toBe("reason must be well-formed Unicode text");
    expect(safeMultilineText("reason").parse("one\r\n\ttwo")).toBe("one\r\n\ttwo");
  });

  it("keep a form's message key where one is given", () => {
    const result = safeString("name", { message: "validation.textInvalid" }).safeParse("\u0007");
    expect(result.error?.issues[0]?.message).toBe("validation.textInvalid");
  });

  it("are what every cloud-field builder starts from", () => {
    expect(nonEmpty("VpnGatewayName").safeParse("gw\u0000").error?.issues[0]?.message).toBe(
      "VpnGatewayName must not contain control characters",
    );
  });
});

describe("findUnsafeText", () => {
  it("finds a bad value or key at any depth, with its path", () => {
    expect(findUnsafeText({ a: [{ b: "ok" }, { c: "x\u0000" }] })).toEqual({
      path: ["a", 1, "c"],
      problem: "control",
      inKey: false,
    });
    expect(findUnsafeText({ a: { "k\ud800": 1 } })).toEqual({
      path: ["a"],
      problem: "surrogate",
      inKey: true,
    });
    expect(findUnsafeText({ a: { "line\nbreak": 1 } })?.inKey).toBe(true);
    expect(findUnsafeText({ a: "line\nbreak", n: 1, b: true, z: null })).toBeUndefined();
  });

  it("walks 100,000 levels without recursion", () => {
    let value: unknown = "x\u0000";
    for (let level = 0; level < 100_000; level++) value = [value];
    expect(findUnsafeText(value)?.path).toHaveLength(100_000);
  });
});
