import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import { TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import { DEMO, signIn } from "./fixtures/sign-in";
import { screenshot } from "./fixtures/wizard";
import { variant } from "../test/kit";

/** Four-eyes review in two browser contexts: the requester submits, another person approves. */

async function createDraft(request: APIRequestContext, design: object, name: string) {
  const response = await request.post(`${SANDBOX_URL}/api/links`, {
    data: { ...design, name },
    headers: { origin: SANDBOX_URL },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { link: { id: string } }).link.id;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, { email });
  return page;
}

const stateBadge = (page: Page) => page.getByRole("main").locator("[data-state]").first();

test("requester submits, cannot approve their own; an approver rejects without comment, then approves", async ({
  browser,
}, testInfo) => {
  const name = `E2E approval ${randomUUID().slice(0, 8)}`;
  const requester = await signedInPage(browser, DEMO.requester);
  const approver = await signedInPage(browser, DEMO.approver);
  const id = await createDraft(requester.request, TENCENT_ON_PREM, name);

  // The requester submits from the link page.
  await requester.goto(`/links/${id}`);
  const panel = requester.getByTestId("link-workflow");
  await expect(panel).toContainText(en.approvals.panel.draftHint);
  await panel.getByRole("button", { name: en.approvals.panel.submit }).click();
  await expect(stateBadge(requester)).toHaveAttribute("data-state", "submitted");
  await expect(panel.getByRole("button", { name: en.approvals.panel.withdraw })).toBeVisible();
  await expect(panel.getByTestId("approval-count")).toContainText("0 of 1 approval");

  // Its own review has no buttons, only the explanation.
  await panel.getByRole("link", { name: en.approvals.panel.review }).click();
  await expect(requester).toHaveURL(`${SANDBOX_URL}/approvals/${id}`);
  await expect(requester.getByTestId("decision-unavailable")).toHaveText(
    en.approvals.review.ownLink,
  );
  await expect(requester.getByRole("button", { name: en.approvals.review.approve })).toHaveCount(0);

  // The approver finds it waiting, with its billing impact and progress.
  await approver.goto("/approvals");
  const row = approver.getByTestId("approval-row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(DEMO.requester);
  await expect(row.getByTestId("billing-summary")).toContainText(en.billingSummary.postpaid);
  await expect(row.getByTestId("billing-summary")).toContainText("20 Mbps");
  await expect(row.getByTestId("approval-progress")).toHaveText("0 of 1");
  await row.getByRole("link", { name }).click();

  // The review: requester, reason, findings, billing, every call with the key masked.
  await expect(approver).toHaveURL(`${SANDBOX_URL}/approvals/${id}`);
  await expect(approver.getByTestId("review-requester")).toContainText(DEMO.requester);
  await expect(approver.getByTestId("review-reason")).toHaveText("Office move");
  await expect(approver.getByTestId(/^design-findings(-empty)?$/)).toBeVisible();
  await expect(approver.getByTestId("billing-summary")).toContainText("gz-vpn-02");
  // The price, asked of the (simulated) cloud: 20 Mbps pay-as-you-go.
  await expect(approver.getByTestId("gateway-price-tencent-gateway")).toContainText(
    "1.1 an hour for the gateway, plus 0.8 per GB of traffic",
  );
  const steps = approver.getByTestId("plan-steps").getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.last()).toContainText("CreateVpnConnection");
  await expect(steps.last()).toContainText("••••••");
  await expect(approver.locator("body")).not.toContainText("Sz0ffice!Key");

  // Rejecting needs a comment: a field error, and nothing is sent.
  const form = approver.getByRole("form", { name: en.approvals.review.decisionTitle });
  await form.getByRole("button", { name: en.approvals.review.reject }).click();
  await expect(form.getByTestId("comment-error")).toHaveText(en.validation.rejectCommentRequired);
  await expect(stateBadge(approver)).toHaveAttribute("data-state", "submitted");

  // Approving with a comment: the link is approved (and its run queued).
  await form.getByLabel(en.approvals.review.comment).fill("Matches the office move ticket");
  await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();
  // The last approval needed starts creating billed resources: it is confirmed first.
  const confirm = form.getByTestId("confirm-start");
  await expect(confirm).toContainText("gz-vpn-02");
  await expect(confirm.getByTestId("gateway-price-tencent-gateway")).toContainText("1.1 an hour");
  await screenshot(approver, testInfo, "approve-confirm");
  await confirm.getByRole("button", { name: en.approvals.review.confirmStart.cancel }).click();
  await expect(confirm).toHaveCount(0);
  await expect(stateBadge(approver)).toHaveAttribute("data-state", "submitted");
  await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();
  await confirm.getByRole("button", { name: en.approvals.review.confirmStart.confirm }).click();
  await expect(stateBadge(approver)).toHaveAttribute("data-state", /approved|executing|active/);
  await expect(approver.getByTestId("approval-decisions")).toContainText(
    `Approved by ${DEMO.approver}`,
  );
  await expect(approver.getByTestId("approval-decisions")).toContainText(
    "Matches the office move ticket",
  );

  // The requester's link page shows who approved; the approver's queue no longer lists it.
  await requester.goto(`/links/${id}`);
  await expect(requester.getByTestId("link-workflow")).toContainText(
    `Approved by ${DEMO.approver}`,
  );
  await expect(stateBadge(requester)).toHaveAttribute("data-state", /approved|executing|active/);
  await approver.goto("/approvals");
  await expect(approver.getByTestId("approval-row").filter({ hasText: name })).toHaveCount(0);
});

test("an approver is told when the plan changed since they loaded it", async ({ browser }) => {
  const name = `E2E changed ${randomUUID().slice(0, 8)}`;
  const requester = await signedInPage(browser, DEMO.requester);
  const approver = await signedInPage(browser, DEMO.approver2);
  const id = await createDraft(requester.request, TENCENT_ON_PREM, name);
  const post = (path: string) =>
    requester.request.post(`${SANDBOX_URL}/api/links/${id}/${path}`, {
      headers: { origin: SANDBOX_URL },
    });
  expect((await post("submit")).status()).toBe(200);

  await approver.goto(`/approvals/${id}`);
  const form = approver.getByRole("form", { name: en.approvals.review.decisionTitle });
  await expect(form).toBeVisible();

  // Meanwhile the requester edits the bandwidth: back to draft, then submitted again.
  const edited = variant(TENCENT_ON_PREM, (d) => {
    d.site.gateway.params.InternetMaxBandwidthOut = 50;
  });
  const put = await requester.request.put(`${SANDBOX_URL}/api/links/${id}`, {
    data: { ...edited, name },
    headers: { origin: SANDBOX_URL },
  });
  expect(put.status(), await put.text()).toBe(200);
  expect((await post("submit")).status()).toBe(200);

  await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();
  await form
    .getByTestId("confirm-start")
    .getByRole("button", { name: en.approvals.review.confirmStart.confirm })
    .click();
  await expect(form.getByRole("alert")).toHaveText(en.approvals.errors.planChanged);
  await approver.reload();
  await expect(approver.getByTestId("billing-summary")).toContainText("50 Mbps");
  await expect(approver.getByTestId("approval-count")).toContainText("0 of 1 approval");
});

test("an admin sees the approval policy in Settings, with field errors for bad values", async ({
  page,
}) => {
  await signIn(page, { email: DEMO.admin });
  await page.goto("/settings");
  const section = page.getByRole("region", { name: en.policy.title });
  const base = section.getByLabel(en.policy.fields.baseCount);
  await expect(base).toHaveValue("1");
  await expect(section.getByLabel(en.policy.fields.bandwidthThresholdMbps)).toHaveValue("100");
  await base.fill("0");
  await section.getByRole("button", { name: en.policy.save }).click();
  await expect(section).toContainText(en.validation.policyCount);
});
