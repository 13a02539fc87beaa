import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { ADDRESS_RULES } from "./address-plan/checks";
import { CRYPTO_RULES } from "./crypto/lint";

describe("design findings have messages in both languages", () => {
  it.each([
    ["en", en],
    ["zh-CN", zh],
  ])("%s", (_locale, messages) => {
    for (const rule of CRYPTO_RULES) expect(messages.lint.crypto[rule]).toBeTruthy();
    for (const rule of CRYPTO_RULES) expect(messages.lint.citations[rule]).toBeTruthy();
    for (const rule of ADDRESS_RULES) expect(messages.lint.address[rule]).toBeTruthy();
  });
});
