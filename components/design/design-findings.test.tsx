// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { CRYPTO_RULES } from "@/lib/design/crypto/lint";
import type { DesignFinding } from "@/lib/design/findings";
import { DesignFindings } from "./design-findings";

afterEach(cleanup);

const MD5: DesignFinding = {
  source: "crypto",
  rule: "integrityForbidden",
  severity: "block",
  path: "site.tunnel.params.IPSECOptionsSpecification.IntegrityAlgorith",
  messageKey: "lint.crypto.integrityForbidden",
  params: { value: "MD5" },
  citation: "RFC 8247 §2.3, RFC 8221 §6: AUTH_HMAC_MD5_96 MUST NOT",
};

function renderIn(locale: "en" | "zh-CN", finding: DesignFinding) {
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
      <DesignFindings findings={[finding]} />
    </NextIntlClientProvider>,
  );
}

describe("a finding's citation is in the reader's language", () => {
  it("Chinese: the standard's verdict in Chinese, the RFC numbers kept", () => {
    renderIn("zh-CN", MD5);
    const citation = screen.getByTestId("finding-citation").textContent;
    expect(citation).toBe(zh.lint.citations.integrityForbidden);
    expect(citation).toContain("RFC 8247 §2.3");
    expect(citation).toContain("禁止使用");
  });

  it("English", () => {
    renderIn("en", MD5);
    expect(screen.getByTestId("finding-citation").textContent).toBe(
      en.lint.citations.integrityForbidden,
    );
  });

  it("every crypto rule has its citation written in both languages", () => {
    for (const rule of CRYPTO_RULES) {
      expect(en.lint.citations[rule]).toMatch(/RFC|NIST|SM4/);
      expect(zh.lint.citations[rule]).not.toBe(en.lint.citations[rule]);
    }
  });
});
