// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import { billingSummary } from "@/lib/design/billing";
import { ALIBABA_GATEWAY } from "@/lib/design/link/test-designs";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { BillingSummaryList } from "./billing-summary-list";

afterEach(cleanup);

/** ALIBABA_GATEWAY as a subscription, with auto-pay as given. */
function subscription(autoPay: boolean) {
  const design = structuredClone(ALIBABA_GATEWAY);
  if (design.kind === "gateway" && design.site.gateway.mode === "new")
    Object.assign(design.site.gateway.params, {
      InstanceChargeType: "PREPAY",
      Period: 1,
      AutoPay: autoPay,
    });
  return billingSummary(linkDesignSchema.parse(design));
}

function renderList(autoPay: boolean, locale: "en" | "zh-CN") {
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
      <BillingSummaryList items={subscription(autoPay)} />
    </NextIntlClientProvider>,
  );
  return screen.getByTestId("billing-summary").textContent;
}

describe("the billing summary (the wizard's review and the approver's confirmation)", () => {
  it("says who must pay an order without auto-pay, in each language", () => {
    expect(renderList(false, "en")).toContain(en.billingSummary.autoPayOff);
    expect(en.billingSummary.autoPayOff).toMatch(/payer must pay the order/);
    cleanup();
    expect(renderList(false, "zh-CN")).toContain(zh.billingSummary.autoPayOff);
    cleanup();
    expect(renderList(true, "en")).not.toContain(en.billingSummary.autoPayOff);
  });
});
