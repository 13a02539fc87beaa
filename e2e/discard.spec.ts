import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import { TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import { DEMO, signIn } from "./fixtures/sign-in";

/** A link that never ran is discarded from its page: gone from the list, still there on filter. */

const rows = (page: Page) => page.getByTestId("link-row");
const stateBadge = (page: Page) => page.getByRole("main").locator("[data-state]").first();

test("a requester discards a draft through the confirm dialog", async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const name = `E2E discard ${tag}`;
  await signIn(page, { email: DEMO.requester });
  const created = await page.request.post(`${SANDBOX_URL}/api/links`, {
    data: { ...TENCENT_ON_PREM, name },
    headers: { origin: SANDBOX_URL },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { link: { id: string } }).link.id;

  await page.goto(`/links/${id}`);
  const panel = page.getByTestId("link-workflow");
  await expect(stateBadge(page)).toHaveAttribute("data-state", "draft");

  // The button asks first; going back changes nothing.
  await panel.getByRole("button", { name: en.links.discard.button }).click();
  const dialog = page.getByRole("alertdialog", { name: en.links.discard.title });
  await expect(dialog).toContainText(en.links.discard.body);
  await dialog.getByRole("button", { name: en.links.discard.cancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect(stateBadge(page)).toHaveAttribute("data-state", "draft");

  await panel.getByRole("button", { name: en.links.discard.button }).click();
  await dialog.getByLabel(en.links.discard.reason).fill("Office closed before it was built");
  await dialog.getByRole("button", { name: en.links.discard.confirm }).click();

  // The page shows the discarded link: its badge, the hint, and no more actions.
  await expect(stateBadge(page)).toHaveAttribute("data-state", "discarded");
  await expect(stateBadge(page)).toHaveText(en.links.states.discarded);
  await expect(panel).toContainText(en.approvals.panel.discardedHint);
  await expect(panel.getByRole("button")).toHaveCount(0);

  // Gone from the default list...
  await page.goto(`/?search=${tag}`);
  await expect(page.getByTestId("links-empty")).toBeVisible();
  await expect(rows(page)).toHaveCount(0);

  // ...and there with the state filter.
  const filters = page.getByRole("form", { name: en.links.filters });
  await filters.getByLabel(en.links.state).selectOption("discarded");
  await filters.getByRole("button", { name: en.links.apply }).click();
  await expect(page).toHaveURL(/state=discarded/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(name);
  await expect(rows(page).first()).toContainText(en.links.states.discarded);

  // The audit log has who discarded it and why.
  const audit = await page.request.get(`${SANDBOX_URL}/api/audit?action=link.discarded`);
  expect(audit.status()).toBe(200);
  const events = ((await audit.json()) as { events: { targetId: string; payload: object }[] })
    .events;
  expect(events.find((event) => event.targetId === id)?.payload).toMatchObject({
    from: "draft",
    reason: "Office closed before it was built",
    pskErased: true,
  });
});
