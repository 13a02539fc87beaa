import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures/test";
import en from "../messages/en.json" with { type: "json" };
import { createLinkByApi } from "./fixtures/links-api";
import { DEMO, signIn } from "./fixtures/sign-in";

test("the audit log pages by cursor both ways", async ({ page }) => {
  // 51 events of one action and actor: more than the log's page of 50.
  await signIn(page, { email: DEMO.requester });
  const prefix = `Audit paging ${randomUUID().slice(0, 8)}`;
  for (let i = 0; i < 51; i++) await createLinkByApi(page.request, { prefix, submit: false });

  await signIn(page, { email: DEMO.admin });
  await page.goto(`/audit?action=link.created&actor=${encodeURIComponent(DEMO.requester)}`);
  const targets = page.getByTestId("audit-target");
  await expect(targets).toHaveCount(50);
  const newest = await targets.first().innerText();
  expect(newest).toContain(prefix);

  await page.getByRole("link", { name: en.pagination.next }).click();
  await expect(page).toHaveURL(/after=\d+/);
  await expect(targets.first()).not.toHaveText(newest);

  await page.getByRole("link", { name: en.pagination.previous }).click();
  await expect(page).toHaveURL(/before=\d+/);
  // The 50 events before the second page's first one: the first page again.
  await expect(targets).toHaveCount(50);
  await expect(targets.first()).toHaveText(newest);
});
