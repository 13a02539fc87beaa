// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { ALIBABA_GATEWAY, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";
import { fakeApi } from "@/test/fake-api";
import { variant } from "@/test/kit";
import { ReviewApprovals } from "./review-approvals";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const POLICY: ApprovalPolicy = {
  baseCount: 1,
  prepaidCount: 2,
  bandwidthThresholdMbps: 100,
  bandwidthCount: 3,
  teardownCount: 1,
};

function renderReview(design: unknown, locale: "en" | "zh-CN" = "en") {
  const requests = fakeApi({ "GET /api/policy": () => ({ policy: POLICY }) });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
        <ReviewApprovals design={linkDesignSchema.parse(design)} />
      </NextIntlClientProvider>
    </QueryClientProvider>,
  );
  return requests;
}

describe("the review says how many approvals the link will need, and why", () => {
  it("a small pay-as-you-go gateway: the base rule, 1 approval", async () => {
    const requests = renderReview(TENCENT_ON_PREM);
    expect(await screen.findByTestId("review-approvals-count")).toHaveProperty(
      "textContent",
      "Once submitted, this link needs 1 approval from approvers other than you before it runs.",
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Every link: 1 approval.",
    ]);
    expect(requests).toEqual(["GET /api/policy"]);
  });

  it("a prepaid gateway of 200 Mbps: 3 approvals, each rule named (Chinese)", async () => {
    const big = variant(ALIBABA_GATEWAY, (d) => {
      if (d.site.gateway.mode !== "new" || d.site.provider !== "alibaba")
        throw new Error("fixture");
      d.site.gateway.params.InstanceChargeType = "PREPAY";
      d.site.gateway.params.Period = 1;
      d.site.gateway.params.Bandwidth = 200;
    });
    renderReview(big, "zh-CN");
    expect(await screen.findByTestId("review-approvals-count")).toHaveProperty(
      "textContent",
      "提交后，本链路需要除您以外的审批人给出 3 个批准后才会执行。",
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "每条链路：1 个批准。",
      "新网关为包年包月：2 个批准。",
      "新网关带宽达到 100 Mbps 或以上：3 个批准。",
    ]);
  });
});
