import { randomUUID } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures/sign-in";

/** Creates a draft through the API as the given request context; returns its id. */
async function createDraft(
  request: APIRequestContext,
  design: object,
  name: string,
): Promise<string> {
  const response = await request.post(`${SANDBOX_URL}/api/links`, {
    data: { ...design, name },
    headers: { origin: SANDBOX_URL },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { link: { id: string; name: string } };
  expect(body.link.name).toBe(name);
  expect(JSON.stringify(body)).not.toContain("Sz0ffice!Key");
  return body.link.id;
}

const rows = (page: Page) => page.getByTestId("link-row");

test("a requester creates drafts, filters the dashboard and opens a link", async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const onPrem = `E2E office ${tag}`;
  const tunnel = `E2E tunnel ${tag}`;
  await signIn(page, { email: DEMO.requester });
  const onPremId = await createDraft(page.request, TENCENT_ON_PREM, onPrem);
  await createDraft(page.request, ALIBABA_TUNNEL, tunnel);

  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: en.links.newLink })).toBeVisible();
  await expect(rows(page).filter({ hasText: onPrem })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: tunnel })).toHaveCount(1);

  // Filter by provider: only the Alibaba draft of this test stays.
  const filters = page.getByRole("form", { name: en.links.filters });
  await filters.getByLabel(en.links.provider).selectOption("alibaba");
  await filters.getByLabel(en.links.search).fill(tag);
  await filters.getByRole("button", { name: en.links.apply }).click();
  await expect(page).toHaveURL(/provider=alibaba/);
  await expect(page).toHaveURL(new RegExp(`search=${tag}`));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(tunnel);
  await expect(rows(page).first()).toContainText(en.links.providers.alibaba);

  // Search alone, by name: only the on-premises draft.
  await page.goto(`/?search=${encodeURIComponent(`office ${tag}`)}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(onPrem);
  await expect(rows(page).first()).toContainText(en.links.states.draft);

  await rows(page).first().getByRole("link", { name: onPrem }).click();
  await expect(page).toHaveURL(`${SANDBOX_URL}/links/${onPremId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(onPrem);
  await expect(page.getByTestId("link-kind")).toHaveText(en.links.kinds.onPrem);
  const steps = page.getByTestId("plan-steps").getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.last()).toContainText("CreateVpnConnection");
  await expect(steps.last()).toContainText("vpc.ap-guangzhou.tencentcloudapi.com");
  await expect(steps.last()).toContainText("••••••");
  await expect(page.locator("body")).not.toContainText("Sz0ffice!Key");
});

test("a viewer sees links but cannot create one", async ({ page }) => {
  const name = `E2E viewer ${randomUUID().slice(0, 8)}`;
  const requester = await playwrightRequest.newContext({ baseURL: SANDBOX_URL });
  const signedIn = await requester.post("/api/auth/sign-in", {
    data: { email: DEMO.requester, password: DEMO_PASSWORD },
    headers: { origin: SANDBOX_URL },
  });
  expect(signedIn.status()).toBe(200);
  await createDraft(requester, TENCENT_ON_PREM, name);
  await requester.dispose();

  await signIn(page, { email: DEMO.viewer });
  await page.goto(`/?search=${encodeURIComponent(name)}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(name);
  await expect(rows(page).first()).toContainText(DEMO.requester);
  await expect(page.getByRole("main").getByRole("link", { name: en.links.newLink })).toHaveCount(0);
  const denied = await page.request.post(`${SANDBOX_URL}/api/links`, {
    data: { ...TENCENT_ON_PREM, name: `${name} denied` },
    headers: { origin: SANDBOX_URL },
  });
  expect(denied.status()).toBe(403);
});

test("the dashboard pages by cursor both ways, and a stale cursor starts over", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 8);
  await signIn(page, { email: DEMO.requester });
  for (const n of [1, 2, 3]) await createDraft(page.request, TENCENT_ON_PREM, `Paged ${tag} ${n}`);

  await page.goto(`/?search=${tag}&pageSize=2`);
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText(`Paged ${tag} 3`);
  const pages = page.getByRole("navigation", { name: /Page 1 of 2/ });
  await pages.getByRole("link", { name: en.pagination.next }).click();
  await expect(page).toHaveURL(/after=[0-9a-f-]{36}/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Paged ${tag} 1`);

  await page.getByRole("link", { name: en.pagination.previous }).click();
  await expect(page).toHaveURL(/before=[0-9a-f-]{36}/);
  // The links before the second page's first one: the first page again.
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText(`Paged ${tag} 3`);

  // A cursor naming no link (an old bookmark, an edited URL): the first page, not an error.
  await page.goto(`/?search=${tag}&pageSize=2&after=${randomUUID()}`);
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText(`Paged ${tag} 3`);
});
