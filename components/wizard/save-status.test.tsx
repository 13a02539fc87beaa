// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { SaveStatus } from "./save-status";

const AT = new Date("2026-12-06T11:45:54Z");

function savedText(locale: "en" | "zh-CN") {
  render(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : zh}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      <SaveStatus state={{ status: "saved", at: AT }} />
    </NextIntlClientProvider>,
  );
  return screen.getByTestId("save-state").textContent;
}

afterEach(cleanup);

describe("the wizard's save time", () => {
  it("is written the Chinese way in the Chinese UI", () => {
    expect(savedText("zh-CN")).toBe(zh.wizard.savedAt.replace("{time}", "11:45:54"));
  });

  it("is written the English way in the English UI", () => {
    expect(savedText("en")).toBe(en.wizard.savedAt.replace("{time}", "11:45:54 AM"));
  });
});
