import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { expectAccessible } from "./fixtures/axe";
import { DEMO, signIn } from "./fixtures/sign-in";
import { choose, expectStep, field, next, pickSite, screenshot } from "./fixtures/wizard";

/**
 * In each language, the kinds the other walks do not submit (a gateway only; a tunnel on an
 * existing gateway with the existing pickers; two Alibaba tunnels): every step checked with axe
 * and kept as a screenshot, then submitted from the review, the link page saying so in the
 * reader's language. (Cloud ↔ on-premises: review-submit.spec.ts; cloud ↔ cloud:
 * accessibility.spec.ts.)
 */

type Messages = typeof en;

const LANGUAGES = [
  { code: "en", m: en },
  { code: "zh-CN", m: zh as Messages },
] as const;

async function startIn(page: Page, code: string, m: Messages, kind: string, name: string) {
  await signIn(page, { email: DEMO.requester });
  const host = new URL(SANDBOX_URL).hostname;
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: code, domain: host, path: "/" }]);
  await page.goto("/links/new");
  await choose(page.getByRole("radio", { name: new RegExp(kind) }));
  await field(page, "name").fill(name);
  await next(page);
  await expectStep(page, m.wizard.steps.where);
  await choose(page.getByRole("radio", { name: m.wizard.providers.alibaba, exact: true }));
}

/** axe on the step as it stands, and its screenshot kept with the test's artifacts. */
async function checkStep(page: Page, info: TestInfo, label: string) {
  await expectAccessible(page, label);
  await screenshot(page, info, label.replace(/[^\w-]+/g, "-"));
}

/** Submits from the review; the link page names the link and says "submitted" in the reader's language. */
async function submitFromReview(page: Page, m: Messages, name: string) {
  await page.getByRole("button", { name: m.wizard.submit, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  const state = page.getByRole("main").locator("[data-state]").first();
  await expect(state).toHaveAttribute("data-state", "submitted");
  await expect(state).toHaveText(m.links.states.submitted);
}

for (const { code, m } of LANGUAGES) {
  test.describe(`every kind from the review (${code})`, () => {
    // Several axe runs per test, each some seconds on a busy 2-core machine.
    test.describe.configure({ timeout: 240_000 });

    test("a gateway only", async ({ page }, info) => {
      const name = `Every kind gateway ${code} ${Date.now()}`;
      await startIn(page, code, m, m.wizard.kind.gateway.title, name);
      await pickSite(page, "alibaba", "cn-shanghai", "vpc-shcore0001");
      await checkStep(page, info, `gateway-only where ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.gateway);
      await field(page, "site.gateway.params.Name").fill("every-kind-gw");
      await checkStep(page, info, `gateway-only gateway ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.review);
      await expect(page.getByTestId("plan-steps").locator("li")).toHaveCount(1);
      await checkStep(page, info, `gateway-only review ${code}`);
      await submitFromReview(page, m, name);
    });

    test("a tunnel on an existing gateway to an existing customer gateway", async ({
      page,
    }, info) => {
      const name = `Every kind tunnel ${code} ${Date.now()}`;
      await startIn(page, code, m, m.wizard.kind.tunnel.title, name);
      await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
      await next(page);
      await expectStep(page, m.wizard.steps.gateway);
      const gateway = page.getByTestId("alibaba-gateway-pick");
      await expect(gateway.locator('option[value="vpn-hzseed0001"]')).toBeAttached();
      await gateway.selectOption("vpn-hzseed0001");
      await checkStep(page, info, `tunnel existing gateway ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.peer);
      await choose(page.getByRole("radio", { name: m.wizard.peer.existing }));
      const peer = page.getByTestId("alibaba-peer-pick");
      await expect(peer.locator('option[value="cgw-hzseed0001"]')).toBeAttached();
      await peer.selectOption("cgw-hzseed0001");
      await checkStep(page, info, `tunnel existing peer ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.tunnel);
      await field(page, "site.tunnel.params.Name").fill("every-kind-tunnel");
      await page.getByTestId("local-subnets").getByRole("textbox").first().fill("192.168.7.0/24");
      const remote = page.getByTestId("remote-subnets").getByRole("textbox").first();
      // A remote network inside the VPC is refused at its field at once, before the key is typed.
      await remote.fill("192.168.50.0/24");
      const refused = page.locator('[data-field-error="site.tunnel.params.RemoteSubnet"]');
      await expect(refused).toContainText("192.168.0.0/16");
      await expect(refused).toContainText(code === "en" ? "overlaps the VPC" : "VPC");
      await remote.fill("172.27.0.0/16");
      await expect(refused).toHaveCount(0);
      await page.locator("#psk-input").fill("Every#Kind-2026");
      await checkStep(page, info, `tunnel tunnel ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.review);
      await expect(page.getByTestId("plan-steps").locator("li")).toHaveCount(1);
      await checkStep(page, info, `tunnel review ${code}`);
      await submitFromReview(page, m, name);
    });

    test("two Alibaba tunnels on a new gateway with a second vSwitch", async ({ page }, info) => {
      const name = `Every kind dual ${code} ${Date.now()}`;
      await startIn(page, code, m, m.wizard.kind.onPrem.title, name);
      await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
      await page.getByTestId("alibaba-vswitch").selectOption("vsw-hzprod0001");
      await page.getByTestId("alibaba-dr-vswitch").selectOption("vsw-hzprod0002");
      await checkStep(page, info, `dual where ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.gateway);
      await field(page, "site.gateway.params.Name").fill("every-kind-dual");
      await next(page);
      await expectStep(page, m.wizard.steps.peer);
      await field(page, "site.peer.params.Name").fill("every-kind-peer");
      await field(page, "site.peer.params.IpAddress").fill("198.51.100.97");
      await next(page);
      await expectStep(page, m.wizard.steps.tunnel);
      await field(page, "site.tunnel.params.Name").fill("every-kind-dual");
      await page.locator("#psk-input").fill("Every#Dual-2026");
      await page.getByTestId("local-subnets").getByRole("textbox").first().fill("192.168.8.0/24");
      await page.getByTestId("remote-subnets").getByRole("textbox").first().fill("10.88.0.0/16");
      await choose(page.getByRole("radio", { name: m.wizard.tunnel.dual.two }));
      await expect(page.getByTestId("alibaba-tunnel-slave")).toBeVisible();
      await checkStep(page, info, `dual tunnels ${code}`);
      await next(page);
      await expectStep(page, m.wizard.steps.review);
      await expect(page.getByTestId("plan-steps").locator("li")).toHaveCount(3);
      await checkStep(page, info, `dual review ${code}`);
      await submitFromReview(page, m, name);
    });
  });
}
