import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { expectAccessible } from "./fixtures/axe";
import { createLinkByApi } from "./fixtures/links-api";
import { DEMO, signIn } from "./fixtures/sign-in";
import { walkOnPremWizard } from "./fixtures/on-prem-walk";
import { choose, expectStep, field, next, pickSite, screenshot } from "./fixtures/wizard";

/**
 * axe-core (WCAG 2.1 A/AA rules) on every main screen and every wizard step, in both languages:
 * no serious or critical violation anywhere.
 */

type Messages = typeof en;
const LANGUAGES = [
  { code: "en", messages: en },
  { code: "zh-CN", messages: zh as Messages },
] as const;

async function inLanguage(page: Page, code: string) {
  const host = new URL(SANDBOX_URL).hostname;
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: code, domain: host, path: "/" }]);
}

const heading = (page: Page, text: string) =>
  page.getByRole("heading", { level: 1, name: text, exact: true });

for (const { code, messages: m } of LANGUAGES) {
  test.describe(`axe, ${code}`, () => {
    // Several axe runs per test, each some seconds on a busy 2-core machine.
    test.describe.configure({ timeout: 240_000 });
    test("sign-in", async ({ page }) => {
      await inLanguage(page, code);
      await page.goto("/sign-in");
      await expect(heading(page, m.auth.title)).toBeVisible();
      await expectAccessible(page, `sign-in (${code})`);
    });

    test("links, approvals, audit, settings, notifications and API tokens as an admin", async ({
      page,
    }) => {
      await signIn(page, { email: DEMO.admin });
      await inLanguage(page, code);
      for (const [path, title] of [
        ["/", m.pages.links.title],
        ["/approvals", m.pages.approvals.title],
        ["/audit", m.pages.audit.title],
        ["/settings", m.pages.settings.title],
        ["/notifications", m.pages.notifications.title],
        ["/tokens", m.pages.tokens.title],
      ] as const) {
        await page.goto(path);
        await expect(heading(page, title)).toBeVisible();
        await expectAccessible(page, `${path} (${code})`);
      }
    });

    test("a missing page, a forbidden page and the API reference", async ({ page }) => {
      await signIn(page, { email: DEMO.viewer });
      await inLanguage(page, code);
      await page.goto("/no-such-page");
      await expect(heading(page, m.notFound.title)).toBeVisible();
      await expectAccessible(page, `not found (${code})`);
      // A viewer may not design links.
      await page.goto("/links/new");
      await expect(heading(page, m.forbidden.title)).toBeVisible();
      await expectAccessible(page, `forbidden (${code})`);
      await page.goto("/api-docs");
      await expect(heading(page, m.pages.apiDocs.title)).toBeVisible();
      // The reference (Scalar) renders from /api/openapi.json after the page has loaded.
      await expect(page.getByTestId("api-reference").getByText("List links").first()).toBeVisible({
        timeout: 30_000,
      });
      await expectAccessible(page, `API reference (${code})`);
    });

    test("a link page and its approval review", async ({ page, browser }) => {
      await signIn(page, { email: DEMO.requester });
      await inLanguage(page, code);
      const { id, name } = await createLinkByApi(page.request, { prefix: "Axe", submit: true });
      await page.goto(`/links/${id}`);
      await expect(heading(page, name)).toBeVisible();
      await expect(
        page.getByTestId("design-findings-empty").or(page.getByTestId("design-findings")),
      ).toBeVisible();
      await expectAccessible(page, `link page (${code})`);

      const context = await browser.newContext();
      const approver = await context.newPage();
      await signIn(approver, { email: DEMO.approver });
      await inLanguage(approver, code);
      await approver.goto(`/approvals/${id}`);
      await expect(
        approver.getByRole("heading", { level: 1 }).filter({ hasText: name }),
      ).toBeVisible();
      await expectAccessible(approver, `approval review (${code})`);
      await context.close();
    });

    test("the cloud ↔ cloud wizard: both clouds' sites, gateways, the shared suite and the review, submitted from it", async ({
      page,
    }, info) => {
      const name = `Axe cloud to cloud ${code} ${Date.now()}`;
      await signIn(page, { email: DEMO.requester });
      await inLanguage(page, code);
      await page.goto("/links/new");
      await choose(page.getByRole("radio", { name: new RegExp(m.wizard.kind.cloudToCloud.title) }));
      await field(page, "name").fill(name);
      await next(page);
      await expectStep(page, m.wizard.steps.where);
      await pickSite(page, "tencent", "ap-guangzhou", "vpc-gzprod01");
      await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
      await expectAccessible(page, `cloud ↔ cloud: where (${code})`);
      await screenshot(page, info, `cloud-to-cloud-where-${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.gateway);
      await field(page, "tencent.gateway.params.VpnGatewayName").fill("axe-gz");
      await field(page, "alibaba.gateway.params.Name").fill("axe-hz");
      await expectAccessible(page, `cloud ↔ cloud: gateways (${code})`);
      await screenshot(page, info, `cloud-to-cloud-gateways-${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.tunnel);
      await field(page, "tunnel.name").fill("axe-gz-hz");
      await page.locator("#psk-input").fill("Axe2Cl0ud!Key");
      await page.getByTestId("tencent-cidrs").getByRole("textbox").first().fill("10.10.0.0/16");
      await page.getByTestId("alibaba-cidrs").getByRole("textbox").first().fill("192.168.0.0/16");
      await expectAccessible(page, `cloud ↔ cloud: tunnel (${code})`);
      await screenshot(page, info, `cloud-to-cloud-tunnel-${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.review);
      await expect(page.getByTestId("plan-steps").locator("li").first()).toBeVisible();
      await expectAccessible(page, `cloud ↔ cloud: review (${code})`);
      await screenshot(page, info, `cloud-to-cloud-review-${code}`);
      await page.getByRole("button", { name: m.wizard.submit, exact: true }).click();
      await expect(heading(page, name)).toBeVisible();
      const state = page.getByRole("main").locator("[data-state]").first();
      await expect(state).toHaveAttribute("data-state", "submitted");
      await expect(state).toHaveText(m.links.states.submitted);
    });

    test("every step of the wizard, a field error shown", async ({ page }) => {
      await signIn(page, { email: DEMO.requester });
      await inLanguage(page, code);
      await walkOnPremWizard(page, m, "Axe wizard walk", async (step) => {
        if (step === "peer") {
          // A field error on screen too: an address that is not one.
          const ip = field(page, "site.peer.params.IpAddress");
          await ip.fill("not-an-ip");
          await expect(
            page.locator('[data-field-error="site.peer.params.IpAddress"]'),
          ).toBeVisible();
          await expectAccessible(page, `wizard: peer with an error (${code})`);
          await ip.fill("198.51.100.30");
        }
        await expectAccessible(page, `wizard: ${step} (${code})`);
      });
    });
  });
}
