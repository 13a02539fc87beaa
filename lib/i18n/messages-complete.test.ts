import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { literalTextOf, messageLeaves, placeholdersOf } from "@/test/kit/messages";
import { usedMessageKeys } from "@/test/kit/used-message-keys";

/**
 * Translation completeness: both languages hold the same keys, nothing is empty, each message
 * asks for the same placeholders in both (read by the ICU parser), Chinese text carries no English
 * words, and every key the source asks for exists.
 */

const english = messageLeaves(en);
const chinese = messageLeaves(zh);

/**
 * Latin-script words a Chinese sentence may keep: API and product names, protocol words, and the
 * literal values a person types (`true`, `http://`, `default`). Anything else in Latin letters is
 * an untranslated fragment ("(with Period)", "group 14").
 */
const KEPT_WORDS = new Set([
  ...["http", "https", "true", "false", "default", "vpc", "psk", "tf", "conf", "swanctl"],
  ...["strongSwan", "tencentcloud", "alicloud", "a", "b"],
]);

/** A path a person types or follows (`/api/openapi.json`) is kept as it is. */
const PATH = /(?<![A-Za-z0-9])\/[\w./-]+/g;

function englishWordsIn(text: string): string[] {
  const words =
    literalTextOf(text)
      .replace(PATH, " ")
      .match(/(?<![A-Za-z0-9])[A-Za-z][A-Za-z'’]*/g) ?? [];
  // An API name or acronym (VpnGatewayId, IKE, SA, CIDR) starts with a capital letter.
  return words.filter((word) => /^[a-z]/.test(word) && !KEPT_WORDS.has(word));
}

describe("translation completeness", () => {
  it("every English key has a Chinese message and every Chinese key an English one", () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
  });

  it("no message is empty", () => {
    const empty = [...english, ...chinese].filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("each message asks for the same placeholders and tags in both languages", () => {
    const different = [...english]
      .filter(([key]) => chinese.has(key))
      .map(([key, text]) => ({
        key,
        en: placeholdersOf(text),
        zh: placeholdersOf(chinese.get(key)!),
      }))
      .filter((entry) => entry.en.join() !== entry.zh.join());
    expect(different).toEqual([]);
  });

  it("Chinese messages carry no untranslated English words", () => {
    const fragments = [...chinese]
      .map(([key, text]) => ({ key, words: englishWordsIn(text) }))
      .filter((entry) => entry.words.length > 0);
    expect(fragments).toEqual([]);
  });

  it("every key the source asks for exists, literal or template", () => {
    const keys = [...english.keys()];
    const used = usedMessageKeys(process.cwd(), ["app", "components", "lib"]);
    expect(used.length).toBeGreaterThan(300);
    const missing = used.filter(({ key, pattern }) =>
      pattern ? !keys.some((candidate) => pattern.test(candidate)) : !english.has(key),
    );
    expect(missing.map(({ file, line, key }) => `${file}:${line} ${key}`)).toEqual([]);
  });
});

describe("the checks above catch what they should", () => {
  it("placeholders: a plural and a plain argument agree, a missing one does not", () => {
    expect(placeholdersOf("{count, plural, one {# item} other {# items}}")).toEqual(
      placeholdersOf("{count} 项"),
    );
    expect(placeholdersOf("{field} at most {max} {items}")).not.toEqual(
      placeholdersOf("{field} 最多 {max} 项"),
    );
    expect(placeholdersOf("See <link>docs</link>")).toEqual(["<link>"]);
  });

  it("English words inside Chinese text are found, API names and placeholders are not", () => {
    expect(englishWordsIn("{field} 必须填写（with Period）")).toEqual(["with"]);
    expect(englishWordsIn("文档位于 /api/openapi.json。")).toEqual([]);
    expect(englishWordsIn("请使用 group 14")).toEqual(["group"]);
    expect(englishWordsIn("NIST SP 800-77r1 §5")).toEqual([]);
    expect(englishWordsIn("{total, plural, other {共 # 条}} VpnGatewayId IKE SA")).toEqual([]);
  });
});
