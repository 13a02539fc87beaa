import { expect, test } from "./fixtures/test";
import { LIVE_ADMIN, LIVE_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { DEMO, signIn } from "./fixtures/sign-in";

// The shell is behind sign-in: an admin sees every screen.
test.beforeEach(async ({ page }) => {
  await signIn(page, { email: DEMO.admin });
});

const NAV = [
  { key: "links", path: "/", title: "links" },
  { key: "newLink", path: "/links/new", title: "newLink" },
  { key: "approvals", path: "/approvals", title: "approvals" },
  { key: "audit", path: "/audit", title: "audit" },
  { key: "settings", path: "/settings", title: "settings" },
  { key: "notifications", path: "/notifications", title: "notifications" },
  { key: "tokens", path: "/tokens", title: "tokens" },
] as const;

test("the shell renders in English with every nav entry and the sandbox badge", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: en.app.name })).toBeVisible();
  const nav = page.getByRole("navigation", { name: en.nav.label });
  for (const { key } of NAV)
    await expect(nav.getByRole("link", { name: en.nav[key], exact: true })).toBeVisible();
  await expect(page.getByTestId("sandbox-badge")).toHaveText(en.mode.sandbox);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.screenshot({ path: testInfo.outputPath("shell-en.png"), fullPage: true });
  await testInfo.attach("shell-en", {
    path: testInfo.outputPath("shell-en.png"),
    contentType: "image/png",
  });
});

test("every nav link resolves to its own page and marks itself current", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: en.nav.label });
  for (const { key, path, title } of NAV) {
    await nav.getByRole("link", { name: en.nav[key], exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages[title].title);
    await expect(nav.getByRole("link", { name: en.nav[key], exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page).toHaveTitle(`${en.pages[title].title} · ${en.app.name}`);
  }
});

test("switching to Chinese changes visible text and survives a reload", async ({
  page,
  context,
}, testInfo) => {
  await page.goto("/approvals");
  await page.getByLabel(en.language.label).selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.pages.approvals.title);
  await expect(page.getByTestId("sandbox-badge")).toHaveText(zh.mode.sandbox);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.pages.approvals.title);
  const nav = page.getByRole("navigation", { name: zh.nav.label });
  for (const { key } of NAV)
    await expect(nav.getByRole("link", { name: zh.nav[key], exact: true })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value).toBe("zh-CN");
  expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
  await page.screenshot({ path: testInfo.outputPath("shell-zh-CN.png"), fullPage: true });
  await testInfo.attach("shell-zh-CN", {
    path: testInfo.outputPath("shell-zh-CN.png"),
    contentType: "image/png",
  });

  await page.getByLabel(zh.language.label).selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.approvals.title);
});

test.describe("a browser that prefers Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("gets the Chinese shell on its first visit", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.pages.settings.title);
    await expect(page.getByLabel(zh.language.label)).toHaveValue("zh-CN");
  });
});

test("no sandbox badge when the portal runs against live clouds", async ({ page }) => {
  await signIn(page, { ...LIVE_ADMIN, baseUrl: LIVE_URL });
  await page.goto(`${LIVE_URL}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.links.title);
  await expect(page.getByTestId("sandbox-badge")).toHaveCount(0);
  await expect(page.getByText(en.mode.sandbox, { exact: true })).toHaveCount(0);
});

test("an unknown address shows a translated not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.notFound.title);
});

test("the portal has a favicon: the page links its icon and /favicon.ico answers", async ({
  page,
}) => {
  await page.goto("/");
  const href = await page
    .locator('head link[rel="icon"][type="image/svg+xml"]')
    .getAttribute("href");
  expect(href).toBeTruthy();
  const svg = await page.request.get(href!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("<svg");
  const ico = await page.request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});
