import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import { TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import en from "../messages/en.json" with { type: "json" };
import { DEMO, signIn } from "./fixtures/sign-in";

/** The CLI over real HTTP, as a person runs it: `npm run cli -- …` with VLP_URL and VLP_TOKEN. */
async function cli(token: string, ...argv: string[]) {
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["scripts/cli/main.ts", ...argv],
    { env: { ...process.env, VLP_URL: SANDBOX_URL, VLP_TOKEN: token }, timeout: 60_000 },
  );
  return stdout;
}

/** A requester makes an API token on its page, a script uses it, the requester revokes it. */
test("make a token, use it from a script with no cookie, revoke it", async ({
  page,
  playwright,
}) => {
  await signIn(page, { email: DEMO.requester });
  await page.goto("/tokens");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.tokens.title);

  const name = `e2e script ${randomUUID().slice(0, 8)}`;
  const form = page.getByTestId("create-token-form");
  await form.getByLabel(en.tokens.name).fill(name);
  await form.getByLabel(en.tokens.expiry).selectOption("7");
  await form.getByRole("checkbox", { name: en.permissions.link.read }).check();
  await form.getByRole("checkbox", { name: en.permissions.link.create }).check();
  // A requester's token cannot carry what a requester may not do.
  await expect(form.getByRole("checkbox", { name: en.permissions.link.approve })).toHaveCount(0);
  await form.getByRole("button", { name: en.tokens.create }).click();

  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText(en.tokens.shownOnce);
  const token = (await shown.getByTestId("new-token-value").textContent()) ?? "";
  expect(token).toMatch(/^vlpat_[0-9A-Za-z]{36}$/);
  const row = page.getByTestId(`token-row-${name}`);
  await expect(row.getByTestId("token-state")).toHaveText(en.tokens.states.active);
  await expect(row).toContainText(en.tokens.never);
  await expect(row).toContainText(token.slice(-4));

  // A script: its own request context, no cookie, no Origin.
  const script = await playwright.request.newContext({
    baseURL: SANDBOX_URL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  try {
    const listed = await script.get("/api/links");
    expect(listed.status(), await listed.text()).toBe(200);
    const created = await script.post("/api/links", {
      data: { ...TENCENT_ON_PREM, name: `Token ${randomUUID().slice(0, 8)}` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { link: { id: string } }).link.id;
    const shownByCli = JSON.parse(await cli(token, "links", "show", id, "--json"));
    expect(shownByCli).toMatchObject({ link: { id, state: "draft" }, planHash: null });
    // Not in its scopes, though the requester may submit.
    expect((await script.post(`/api/links/${id}/submit`)).status()).toBe(403);

    // Shown once: after a reload the page has only the hint, and the last use.
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);
    await expect(row).not.toContainText(en.tokens.never);

    await row.getByRole("button", { name: en.tokens.revoke }).click();
    const confirm = page.getByTestId("revoke-token-confirm");
    await expect(confirm).toContainText(name);
    await confirm.getByRole("button", { name: en.tokens.revokeDialog.confirm }).click();
    await expect(row.getByTestId("token-state")).toHaveText(en.tokens.states.revoked);
    const refused = await script.get("/api/links");
    expect(refused.status()).toBe(401);
    expect(await refused.text()).toContain("revoked");
  } finally {
    await script.dispose();
  }
});

/** An admin adds a service account, issues its token; the token works as the account until disabled. */
test("a service account: added, given a token, used by a script, disabled", async ({
  page,
  playwright,
}) => {
  await signIn(page, { email: DEMO.admin });
  await page.goto("/settings");
  const sa = en.settings.serviceAccounts;
  const name = `ci-${randomUUID().slice(0, 8)}`;
  const add = page.getByTestId("create-service-account-form");
  await add.getByLabel(sa.name).fill(name);
  await add.getByRole("button", { name: sa.create }).click();
  const card = page.getByTestId(`service-account-${name}`);
  await expect(card).toContainText(`${name}@service-accounts.invalid`);
  await expect(card.getByTestId("service-account-state")).toHaveText(en.settings.active);

  const issue = card.getByTestId(`issue-token-${name}`);
  await issue.getByLabel(en.tokens.name).fill("pipeline");
  await issue.getByRole("checkbox", { name: en.permissions.link.read }).check();
  await issue.getByRole("checkbox", { name: en.permissions.link.create }).check();
  // A service account is never an approver: its token cannot be one.
  await expect(issue.getByRole("checkbox", { name: en.permissions.link.approve })).toHaveCount(0);
  await issue.getByRole("button", { name: en.tokens.create }).click();
  const token = (await card.getByTestId("new-token-value").textContent()) ?? "";
  expect(token).toMatch(/^vlpat_[0-9A-Za-z]{36}$/);
  await expect(card.getByTestId("token-state")).toHaveText(en.tokens.states.active);

  const script = await playwright.request.newContext({
    baseURL: SANDBOX_URL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  try {
    const created = await script.post("/api/links", {
      data: { ...TENCENT_ON_PREM, name: `Pipeline ${randomUUID().slice(0, 8)}` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { link: { id: string } }).link.id;
    const shownByCli = JSON.parse(await cli(token, "links", "show", id, "--json"));
    expect(shownByCli).toMatchObject({ link: { id, state: "draft" } });

    await card.getByRole("button", { name: en.settings.disable }).click();
    await expect(card.getByTestId("service-account-state")).toHaveText(en.settings.disabled);
    const refused = await script.get("/api/links");
    expect(refused.status()).toBe(401);
    expect(await refused.text()).toContain("disabled");
  } finally {
    await script.dispose();
  }
});
