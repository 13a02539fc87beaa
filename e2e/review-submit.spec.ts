import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { walkOnPremWizard } from "./fixtures/on-prem-walk";
import { DEMO, signIn } from "./fixtures/sign-in";
import { screenshot } from "./fixtures/wizard";

/**
 * The review says how many approvals the link will need and why, and submits it for approval
 * (with "Save draft" beside): one click from the design to a submitted link, in both languages.
 */

for (const { code, m } of [
  { code: "en", m: en },
  { code: "zh-CN", m: zh as typeof en },
]) {
  test(`submit from the review, with the approvals it needs (${code})`, async ({
    page,
    browser,
  }, info) => {
    await signIn(page, { email: DEMO.requester });
    const host = new URL(SANDBOX_URL).hostname;
    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: code, domain: host, path: "/" }]);
    const name = `Review submit ${code} ${Date.now()}`;
    await walkOnPremWizard(page, m, name, (step) =>
      screenshot(page, info, `review-submit-${code}-${step}`),
    );

    // The default policy: a small pay-as-you-go gateway needs the base count, 1.
    const approvals = page.getByTestId("review-approvals");
    await expect(approvals.getByRole("heading")).toHaveText(m.wizard.review.approvals.title);
    await expect(page.getByTestId("review-approvals-count")).toHaveText(
      code === "en"
        ? "Once submitted, this link needs 1 approval from approvers other than you before it runs."
        : "提交后，本链路需要除您以外的审批人给出 1 个批准后才会执行。",
    );
    await expect(approvals.locator("li")).toHaveText([
      code === "en" ? "Every link: 1 approval." : "每条链路：1 个批准。",
    ]);
    await expect(page.getByRole("button", { name: m.wizard.saveDraft, exact: true })).toBeEnabled();
    await screenshot(page, info, `review-submit-${code}`);

    await page.getByRole("button", { name: m.wizard.submit, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
    await expect(page.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
      "data-state",
      "submitted",
    );
    const linkUrl = page.url();

    // The audit log names the link (linking to it), not its UUID.
    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, { email: DEMO.admin });
    await admin.goto(`/audit?action=link.submitted`);
    const target = admin.getByTestId("audit-target").getByRole("link", { name, exact: true });
    await expect(target).toHaveAttribute("href", new URL(linkUrl).pathname);
    await context.close();
  });
}
