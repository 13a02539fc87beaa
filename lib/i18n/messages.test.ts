import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { localeFromAcceptLanguage, requestLocaleOf } from "./config";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe("messages", () => {
  it("English and Chinese have exactly the same keys", () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });

  it("no message is empty, and Chinese text is really translated", () => {
    for (const text of [...leaves(en), ...leaves(zh)]) expect(text.trim()).not.toBe("");
    const untranslated = keysOf(en).filter((key) => {
      const pick = (tree: unknown) =>
        key.split(".").reduce<unknown>((node, k) => (node as never)[k], tree);
      return pick(en) === pick(zh) && !key.startsWith("language.");
    });
    expect(untranslated).toEqual([]);
  });
});

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,zh-CN;q=0.5", "zh-CN"],
    ["en;q=0.4,zh-CN;q=0.8", "zh-CN"],
    ["de-DE", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe("requestLocaleOf", () => {
  it("takes the chosen locale (cookie) first, then the browser's, ignoring an unknown cookie", () => {
    expect(requestLocaleOf({ cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(requestLocaleOf({ cookie: "zh-CN", acceptLanguage: "en-US" })).toBe("zh-CN");
    expect(requestLocaleOf({ cookie: "fr", acceptLanguage: "zh-CN" })).toBe("zh-CN");
    expect(requestLocaleOf({ cookie: undefined, acceptLanguage: null })).toBe("en");
  });
});
