import { describe, expect, it } from "vitest";
import {
  attribute,
  blank,
  block,
  comment,
  formatValue,
  quote,
  raw,
  renderDocument,
  renderNodes,
} from "./hcl";

describe("quote", () => {
  it.each([
    ["plain", '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["C:\\path", '"C:\\\\path"'],
    ["${var.x}", '"$${var.x}"'],
    ["%{ if true }", '"%%{ if true }"'],
    ["a\nb\tc\r", '"a\\nb\\tc\\r"'],
    ["$ and % alone", '"$ and % alone"'],
  ])("escapes %j per HCL", (input, expected) => {
    expect(quote(input)).toBe(expected);
  });
});

describe("formatValue", () => {
  it("writes lists, maps, references and scalars on one line", () => {
    expect(formatValue(["a", "b"])).toBe('["a", "b"]');
    expect(formatValue({ env: "prod", "cost-centre": "x y" })).toBe(
      '{ env = "prod", cost-centre = "x y" }',
    );
    expect(formatValue({ "has space": "v" })).toBe('{ "has space" = "v" }');
    expect(formatValue(raw("var.psk"))).toBe("var.psk");
    expect(formatValue(12)).toBe("12");
    expect(formatValue(false)).toBe("false");
    expect(formatValue({})).toBe("{}");
  });

  it("refuses a number HCL cannot write", () => {
    expect(() => formatValue(Number.NaN)).toThrow();
  });
});

describe("renderNodes", () => {
  it("aligns = across consecutive attributes, like terraform fmt", () => {
    expect(
      renderNodes([attribute("name", "x"), attribute("bandwidth", 5), attribute("vpc_id", "v")]),
    ).toEqual(['name      = "x"', "bandwidth = 5", 'vpc_id    = "v"']);
  });

  it("starts a new alignment group after a blank line, comment or block", () => {
    const lines = renderNodes([
      attribute("a", 1),
      attribute("long_name", 2),
      blank,
      attribute("bb", 3),
      comment("note"),
      attribute("c", 4),
      block("inner", [], [attribute("x", 1), attribute("yyy", 2)]),
      attribute("dddd", 5),
    ]);
    expect(lines).toEqual([
      "a         = 1",
      "long_name = 2",
      "",
      "bb = 3",
      "# note",
      "c = 4",
      "inner {",
      "  x   = 1",
      "  yyy = 2",
      "}",
      "dddd = 5",
    ]);
  });

  it("indents nested blocks by two spaces and quotes labels", () => {
    const text = renderDocument([
      block("resource", ["t", 'n"q'], [block("inner", [], [attribute("k", "v")])]),
    ]);
    expect(text).toBe('resource "t" "n\\"q" {\n  inner {\n    k = "v"\n  }\n}\n');
  });

  it("writes an empty block on one line and multi-line comments line by line", () => {
    expect(renderNodes([block("b", [], []), comment("one\ntwo")])).toEqual([
      "b {}",
      "# one",
      "# two",
    ]);
  });
});
