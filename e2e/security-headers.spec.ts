import type { Locator, Page } from "@playwright/test";
import { expect, takeCspViolations, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { DEMO, signIn } from "./fixtures/sign-in";
import { createLinkByApi } from "./fixtures/links-api";
import { walkOnPremWizard } from "./fixtures/on-prem-walk";

/**
 * The security headers as a browser gets them from the production build, and the proof that the
 * nonce-based Content-Security-Policy costs nothing: every main page, in both languages, renders
 * and hydrates with no CSP violation at all.
 */

type Messages = typeof en;
const LANGUAGES = [
  { code: "en", messages: en },
  { code: "zh-CN", messages: zh as Messages },
] as const;

const HOST = new URL(SANDBOX_URL).hostname;

/** Every CSP violation the page reports (the DOM event and Chromium's console line), as text. */

async function setLanguageCookie(page: Page, code: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: code, domain: HOST, path: "/" }]);
}

/**
 * Switches the language with the header's switcher: a client-side interaction (a cookie and a
 * router refresh) that only works once the page is hydrated. Retried, because a choice made
 * before hydration is lost rather than replayed.
 */
async function switchLanguage(page: Page, to: (typeof LANGUAGES)[number]) {
  const from = LANGUAGES.find((language) => language.code !== to.code)!;
  const select = page.getByLabel(from.messages.language.label);
  await expect(async () => {
    if ((await page.locator("html").getAttribute("lang")) !== to.code) {
      await select.selectOption(to.code);
    }
    await expect(page.locator("html")).toHaveAttribute("lang", to.code, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Opens a page in English, switches it to Chinese in the browser, reloads it (rendered in
 * Chinese by the server) and switches it back: both languages rendered, hydrated and used.
 */
async function visitInBothLanguages(
  page: Page,
  path: string,
  ready: (messages: Messages) => Locator,
) {
  const [english, chinese] = LANGUAGES;
  await setLanguageCookie(page, english.code);
  await page.goto(path);
  await expect(ready(english.messages)).toBeVisible();
  await switchLanguage(page, chinese);
  await expect(ready(chinese.messages)).toBeVisible();
  await page.reload();
  await expect(ready(chinese.messages)).toBeVisible();
  await switchLanguage(page, english);
  await expect(ready(english.messages)).toBeVisible();
}

const heading = (page: Page, text: string) =>
  page.getByRole("heading", { level: 1, name: text, exact: true });

/** React has attached itself to the element (its fiber is an own property of hydrated nodes). */
const isHydrated = (element: Element) =>
  Object.keys(element).some((key) => key.startsWith("__reactFiber"));

const nonceOf = (policy: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

test.describe("headers", () => {
  test("pages: a nonce-based CSP whose nonce is on every script, a fresh one per load", async ({
    page,
  }) => {
    await signIn(page, { email: DEMO.admin });
    const seen = new Set<string>();
    for (const path of ["/sign-in", "/", "/links/new", "/approvals", "/audit", "/settings", "/"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const policy = headers["content-security-policy"];
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(policy, path).not.toContain("unsafe-inline");
      expect(policy, path).not.toContain("unsafe-eval");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      const nonce = nonceOf(policy)!;
      expect(seen.has(nonce), `${path}: nonce reused`).toBe(false);
      seen.add(nonce);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["referrer-policy"], path).toBe("same-origin");
      if (response.status() !== 200) continue; // the signed-in admin is sent on from /sign-in
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });

  test("the browser sees the nonce of the header it received on Next's scripts", async ({
    page,
  }) => {
    const response = await page.goto("/sign-in");
    const nonce = nonceOf(response!.headers()["content-security-policy"]);
    // Browsers hide the attribute once parsed; the nonce property keeps it.
    const onScripts = await page.evaluate(() =>
      [...document.querySelectorAll("script")].map((script) => script.nonce),
    );
    expect(onScripts.length).toBeGreaterThan(0);
    expect(new Set(onScripts)).toEqual(new Set([nonce]));
  });

  test("HSTS: absent over plain http, sent when a TLS proxy forwards https", async ({
    request,
  }) => {
    for (const path of ["/sign-in", "/api/health"]) {
      const plain = await request.get(path);
      expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
      const forwarded = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(forwarded.headers()["strict-transport-security"], path).toBe(
        "max-age=63072000; includeSubDomains",
      );
    }
    const plainPage = await request.get("/sign-in");
    expect(plainPage.headers()["content-security-policy"]).not.toContain(
      "upgrade-insecure-requests",
    );
  });

  test("API answers: no-store and a lock-down CSP, on data, downloads and errors alike", async ({
    page,
  }) => {
    const anonymous = [
      await page.request.get("/api/health"), // 200
      await page.request.get("/api/links"), // 401
      await page.request.delete("/api/health"), // 405, answered by Next itself
      await page.request.post("/api/auth/sign-in", { data: {}, headers: { origin: SANDBOX_URL } }),
    ];
    await signIn(page, { email: DEMO.admin });
    const signedIn = [
      await page.request.get("/api/links"),
      await page.request.get("/api/audit/export"),
    ];
    expect(anonymous.map((response) => response.status())).toEqual([200, 401, 405, 422]);
    expect(signedIn.map((response) => response.status())).toEqual([200, 200]);
    for (const response of [...anonymous, ...signedIn]) {
      const label = `${response.url()} ${response.status()}`;
      expect(response.headers()["cache-control"], label).toBe("no-store");
      expect(response.headers()["content-security-policy"], label).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers()["x-content-type-options"], label).toBe("nosniff");
    }
  });
});

test.describe("no CSP violation, and hydrated, on every page in both languages", () => {
  // The shared fixture (e2e/fixtures/test.ts) fails any test whose pages report a violation.
  test("the watcher itself catches violations (so a clean page means something)", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    // What an injected fragment of HTML would try: an inline event handler and a style attribute.
    await page.evaluate(() => {
      const fragment = document.createElement("div");
      fragment.innerHTML =
        '<button id="injected" onclick="window.handlerRan = true">x</button>' +
        '<p style="color: red">y</p>';
      document.body.append(fragment);
    });
    await page.locator("#injected").click();
    expect(
      await page.evaluate(() => (window as { handlerRan?: boolean }).handlerRan),
    ).toBeUndefined();
    const seen: string[] = [];
    const reported = () => {
      seen.push(...takeCspViolations().map((v) => `${v.directive} ${v.blocked}`));
      return seen.join("\n");
    };
    await expect.poll(reported).toContain("script-src-attr");
    await expect.poll(reported).toContain("style-src-attr");
  });

  test("sign-in, then signing in as a demo user", async ({ page }) => {
    await visitInBothLanguages(page, "/sign-in", (m) => heading(page, m.auth.title));
    await page
      .getByRole("button", { name: en.auth.demoUse.replace("{name}", "Ada Admin") })
      .click();
    await expect(page).toHaveURL(`${SANDBOX_URL}/`);
    await expect(heading(page, en.pages.links.title)).toBeVisible();
  });

  const PAGES = [
    { path: "/", title: (m: Messages) => m.pages.links.title },
    { path: "/approvals", title: (m: Messages) => m.pages.approvals.title },
    { path: "/audit", title: (m: Messages) => m.pages.audit.title },
    { path: "/settings", title: (m: Messages) => m.pages.settings.title },
  ];
  for (const { path, title } of PAGES) {
    test(`${path}`, async ({ page }) => {
      await signIn(page, { email: DEMO.admin });
      await visitInBothLanguages(page, path, (m) => heading(page, title(m)));
    });
  }

  test("a link page and its approval review", async ({ page }) => {
    await signIn(page, { email: DEMO.requester });
    const { id, name } = await createLinkByApi(page.request, { prefix: "CSP", submit: true });
    await visitInBothLanguages(page, `/links/${id}`, () => heading(page, name));
    await visitInBothLanguages(page, `/approvals/${id}`, () =>
      page.getByRole("heading", { level: 1 }).filter({ hasText: name }),
    );
  });

  for (const language of LANGUAGES) {
    test(`the new-link wizard, every step, in ${language.code}`, async ({ page }) => {
      const m = language.messages;
      await signIn(page, { email: DEMO.requester });
      await setLanguageCookie(page, language.code);
      await walkOnPremWizard(page, m, "CSP wizard walk");
    });
  }

  test("the not-found and forbidden pages", async ({ page }) => {
    await signIn(page, { email: DEMO.viewer });
    for (const { path, title } of [
      { path: "/no-such-page", title: en.notFound.title },
      { path: "/settings", title: en.forbidden.title },
    ]) {
      await setLanguageCookie(page, "en");
      await page.goto(path);
      await expect(heading(page, title)).toBeVisible();
      // Hydrated: "Back to links" is a client-side navigation that keeps this very document.
      const back = page.getByRole("link", { name: en.notFound.back });
      await expect.poll(() => back.evaluate(isHydrated)).toBe(true);
      await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
      await back.click();
      await expect(heading(page, en.pages.links.title)).toBeVisible();
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(
        true,
      );
    }
  });
});
