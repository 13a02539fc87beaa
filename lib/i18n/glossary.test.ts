import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { messageLeaves } from "@/test/kit/messages";
import { GLOSSARY, type GlossaryTerm } from "./glossary";

const english = messageLeaves(en);
const chinese = messageLeaves(zh);

/** The messages whose English says the term but whose Chinese does not use the glossary word. */
function strayTranslations(term: GlossaryTerm, messages: Map<string, string>) {
  return (
    [...english]
      // An ICU argument such as {gateway} is a value, not the word.
      .filter(([, text]) => term.en.test(text.replace(/\{[^{}]*\}/g, "")))
      .filter(([, text]) => !term.notFor?.some((phrase) => phrase.test(text)))
      .map(([key, text]) => ({ key, en: text, zh: messages.get(key) ?? "" }))
      .filter(({ zh }) => !zh.includes(term.zh))
  );
}

describe("glossary: one word per product noun in Chinese", () => {
  it.each(Object.entries(GLOSSARY))("%s", (_name, term) => {
    expect(strayTranslations(term, chinese)).toEqual([]);
    const avoided = [...chinese].filter(([, text]) =>
      term.avoid.some((word) => text.includes(word) && !text.includes(`VPN ${word}`)),
    );
    expect(avoided.filter(([key]) => term.en.test(english.get(key) ?? ""))).toEqual([]);
  });

  it("catches a message that says the term another way", () => {
    const stray = new Map(chinese).set("nav.links", "连接");
    expect(strayTranslations(GLOSSARY.link!, stray)).toEqual([
      { key: "nav.links", en: en.nav.links, zh: "连接" },
    ]);
  });
});
