import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import en from "../messages/en.json" with { type: "json" };
import { SANDBOX_URL } from "../playwright.config";
import { createLinkByApi } from "./fixtures/links-api";
import { DEMO, signIn } from "./fixtures/sign-in";

test("the audit log pages by cursor both ways", async ({ page }) => {
  // A requester of this test's own, so other tests' events never land in the filtered log.
  await signIn(page, { email: DEMO.admin });
  const email = `audit-pager-${randomUUID().slice(0, 8)}@e2e.test`;
  const password = `Audit-${randomUUID()}`;
  const made = await page.request.post(`${SANDBOX_URL}/api/users`, {
    data: { email, name: "Audit pager", roles: ["requester"], password },
    headers: { origin: SANDBOX_URL },
  });
  expect(made.status(), await made.text()).toBe(201);
  const requester = await playwrightRequest.newContext({ baseURL: SANDBOX_URL });
  const signedIn = await requester.post("/api/auth/sign-in", {
    data: { email, password },
    headers: { origin: SANDBOX_URL },
  });
  expect(signedIn.status()).toBe(200);
  // 51 events of one action and actor: more than the log's page of 50.
  for (let i = 0; i < 51; i++)
    await createLinkByApi(requester, { prefix: "Audit paging", submit: false });
  await requester.dispose();

  await page.goto(`/audit?action=link.created&actor=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("audit-count")).toHaveText("51 events");
  const targets = page.getByTestId("audit-target");
  await expect(targets).toHaveCount(50);
  const newest = await targets.first().innerText();

  await page.getByRole("link", { name: en.pagination.next }).click();
  await expect(page).toHaveURL(/after=\d+/);
  await expect(targets).toHaveCount(1);
  await expect(targets.first()).not.toHaveText(newest);

  await page.getByRole("link", { name: en.pagination.previous }).click();
  await expect(page).toHaveURL(/before=\d+/);
  // The 50 events before the second page's one: the first page again.
  await expect(targets).toHaveCount(50);
  await expect(targets.first()).toHaveText(newest);
});
