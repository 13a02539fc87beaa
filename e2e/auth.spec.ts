import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { DEMO_USERS } from "../lib/auth/demo-users";
import en from "../messages/en.json" with { type: "json" };
import { SANDBOX_URL } from "../playwright.config";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures/sign-in";

type NavKey = "links" | "newLink" | "approvals" | "audit" | "settings" | "notifications" | "tokens";
const ALL_NAV: NavKey[] = [
  "links",
  "newLink",
  "approvals",
  "audit",
  "settings",
  "notifications",
  "tokens",
];
const PATHS: Record<NavKey, string> = {
  links: "/",
  newLink: "/links/new",
  approvals: "/approvals",
  audit: "/audit",
  settings: "/settings",
  notifications: "/notifications",
  tokens: "/tokens",
};

/** What each demo role may open: the product's role table (spec §1). */
const CASES: { email: string; nav: NavKey[] }[] = [
  { email: DEMO.viewer, nav: ["links", "audit", "notifications", "tokens"] },
  { email: DEMO.requester, nav: ["links", "newLink", "audit", "notifications", "tokens"] },
  { email: DEMO.approver, nav: ["links", "approvals", "audit", "notifications", "tokens"] },
  { email: DEMO.approver2, nav: ["links", "approvals", "audit", "notifications", "tokens"] },
  { email: DEMO.admin, nav: ALL_NAV },
];

/** Audit rows for an action and target, read through the API as the demo admin. */
async function auditRows(request: APIRequestContext, action: string, target: string) {
  const admin = await request.post(`${SANDBOX_URL}/api/auth/sign-in`, {
    data: { email: DEMO.admin, password: DEMO_PASSWORD },
    headers: { origin: SANDBOX_URL },
  });
  expect(admin.status()).toBe(200);
  const response = await request.get(`/api/audit?action=${encodeURIComponent(action)}`);
  const body = (await response.json()) as { events: { targetId: string }[] };
  return body.events.filter((event) => event.targetId === target);
}

/**
 * Fills and submits the sign-in form, and returns once the server has answered: the error shown
 * after an earlier attempt stays on screen until then, so it cannot tell that this one finished.
 */
async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel(en.auth.email).fill(email);
  await page.getByLabel(en.auth.password).fill(password);
  await Promise.all([
    page.waitForResponse(
      (response) =>
        response.url().endsWith("/api/auth/sign-in") && response.request().method() === "POST",
      { timeout: 15_000 },
    ),
    page.getByRole("button", { name: en.auth.submit, exact: true }).click(),
  ]);
}

test("a visitor is sent to sign-in, and comes back to the page they asked for", async ({
  page,
}) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.auth.title);
  const demo = page.getByRole("region", { name: en.auth.demoTitle });
  await expect(demo.getByText(DEMO_PASSWORD)).toBeVisible();
  for (const user of DEMO_USERS) await expect(demo.getByText(user.email)).toBeVisible();
  await fillSignIn(page, DEMO.viewer, DEMO_PASSWORD);
  await expect(page).toHaveURL("/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.audit.title);
});

for (const { email, nav } of CASES) {
  test(`${email} sees only what the role may, then signs out`, async ({ page, request }) => {
    const demo = DEMO_USERS.find((user) => user.email === email)!;
    await page.goto("/sign-in");
    await page.getByRole("button", { name: `Sign in as ${demo.name}`, exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("user-menu")).toContainText(demo.name);

    const menu = page.getByRole("navigation", { name: en.nav.label });
    for (const key of ALL_NAV) {
      const link = menu.getByRole("link", { name: en.nav[key], exact: true });
      await expect(link).toHaveCount(nav.includes(key) ? 1 : 0);
    }
    for (const key of ALL_NAV) {
      const response = await page.goto(PATHS[key]);
      if (nav.includes(key)) {
        expect(response?.status(), key).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages[key].title);
      } else {
        expect(response?.status(), key).toBe(403);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.forbidden.title);
      }
    }

    await page.goto("/");
    await page.getByRole("button", { name: en.userMenu.signOut }).click();
    await expect(page).toHaveURL("/sign-in");
    await page.goto("/");
    await expect(page).toHaveURL("/sign-in");
    expect((await auditRows(request, "user.signed_out", email)).length).toBeGreaterThan(0);
  });
}

/** `next` values a browser could follow off-site (tab, newline, backslash, double encoding). */
const HOSTILE_NEXT = [
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%5C/evil.example",
  "/%2509/evil.example",
  "//evil.example",
];

test("a hostile next= never leaves the portal: signing in lands on the links page", async ({
  page,
  baseURL,
}) => {
  for (const next of HOSTILE_NEXT) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await fillSignIn(page, DEMO.viewer, DEMO_PASSWORD);
    await expect(page, next).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.links.title);
    // Signed in, the sign-in page itself sends the browser home (a 307, not a 500 or off-site).
    const response = await page.goto(`/sign-in?next=${next}`);
    expect(response?.status(), next).toBe(200);
    await expect(page, next).toHaveURL(`${baseURL}/`);
  }
});

test("a wrong password shows a clear error and is audited", async ({ page, request }) => {
  await page.goto("/sign-in");
  await fillSignIn(page, DEMO.requester, "not-the-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText(en.auth.wrongCredentials);
  await expect(page).toHaveURL("/sign-in");
  expect((await auditRows(request, "user.sign_in_failed", DEMO.requester)).length).toBeGreaterThan(
    0,
  );
});

test("repeated failures throttle the account with a clear message", async ({ page }) => {
  const email = `throttle-${Date.now()}@demo.test`;
  await page.goto("/sign-in");
  for (let attempt = 0; attempt < 5; attempt++) {
    await fillSignIn(page, email, `guess-${attempt}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText(en.auth.wrongCredentials);
  }
  await fillSignIn(page, email, "guess-again");
  await expect(page.getByTestId("sign-in-error")).toHaveText(en.auth.throttled);
});

test("an admin adds a user and changes their roles; both are audited", async ({
  page,
  request,
}) => {
  const email = `new-${Date.now()}@example.test`;
  await signIn(page, { email: DEMO.admin });
  await page.goto("/settings");
  const form = page.getByRole("form", { name: en.settings.createTitle });
  await form.getByLabel(en.settings.email).fill(email);
  await form.getByLabel(en.settings.name).fill("New Person");
  await form.getByLabel(en.settings.password).fill("first-password-1");
  await form.getByLabel(en.roles.viewer).check();
  await form.getByRole("button", { name: en.settings.create }).click();
  await expect(form.getByRole("status")).toContainText(email);

  const row = page.getByTestId(`user-row-${email}`);
  await row.getByLabel(en.roles.approver).check();
  // The button is disabled while the change is on its way too: the answer is what tells that the
  // change (and its audit row) is stored.
  const [saved] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.url().includes("/api/users/") && response.request().method() === "PATCH",
      { timeout: 15_000 },
    ),
    row.getByRole("button", { name: en.settings.saveRoles }).click(),
  ]);
  expect(saved.status()).toBe(200);
  await expect(row.getByRole("button", { name: en.settings.saveRoles })).toBeDisabled();

  expect(await auditRows(request, "user.created", email)).toHaveLength(1);
  expect(await auditRows(request, "user.roles_changed", email)).toHaveLength(1);

  await page.goto(`/audit?action=user.roles_changed&actor=${encodeURIComponent(DEMO.admin)}`);
  await expect(page.getByTestId("audit-table")).toContainText(email);
});
