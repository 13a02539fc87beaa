import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { createLinkByApi } from "./fixtures/links-api";
import { DEMO, signIn } from "./fixtures/sign-in";
import en from "../messages/en.json" with { type: "json" };
import { startStandardWebhook } from "../test/notify/receivers";

/**
 * An admin adds a signed webhook channel on the page, tests it, sees a submitted link reach the
 * receiver (which verifies every request with the Standard Webhooks reference library) and the
 * delivery log say so, then removes the channel. The receiver runs on loopback in this process.
 */
test("an admin adds a webhook channel, tests it, sees a delivery, removes it", async ({ page }) => {
  let secret = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  const receiver = await startStandardWebhook(() => secret);
  try {
    await signIn(page, { email: DEMO.admin });
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.pages.notifications.title);

    const name = `e2e hook ${randomUUID().slice(0, 8)}`;
    const form = page.getByTestId("create-channel-form");
    await form.getByLabel(en.notifications.kind).selectOption("webhook");
    await form.getByLabel(en.notifications.name).fill(name);
    await form.getByLabel(en.notifications.language).selectOption("en");
    await form.getByLabel(en.notifications.url).fill(`${receiver.base}/hooks/${name.slice(-8)}`);
    await form.getByRole("checkbox", { name: en.notifications.events.submitted }).check();
    await form.getByRole("button", { name: en.notifications.add }).click();

    const shown = page.getByTestId("new-webhook-secret");
    await expect(shown).toContainText(en.notifications.secretShownOnce);
    secret = (await shown.getByTestId("new-webhook-secret-value").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const row = page.getByTestId(`channel-row-${name}`);
    await expect(row.getByTestId("channel-state")).toHaveText(en.notifications.on);
    await expect(row).not.toContainText(secret);

    await row.getByRole("button", { name: en.notifications.test }).click();
    await expect(row.getByTestId("channel-test-result")).toHaveText(en.notifications.testDelivered);
    expect([...receiver.processed.values()]).toContainEqual(
      expect.objectContaining({
        type: "channel.test",
        data: expect.objectContaining({ channel: name }),
      }),
    );

    // A link submitted now reaches the receiver through the outbox, signed.
    const link = await createLinkByApi(page.request, { prefix: "e2e notify", submit: true });
    await expect
      .poll(
        () =>
          [...receiver.processed.values()].some(
            (payload) =>
              (payload as { type: string; data: { link?: { name: string } } }).type ===
                "link.submitted" &&
              (payload as { data: { link?: { name: string } } }).data.link?.name === link.name,
          ),
        { message: "the dispatcher to deliver the submit to the receiver", timeout: 30_000 },
      )
      .toBe(true);
    await page.reload();
    const logRow = page
      .getByTestId("delivery-row")
      .filter({ hasText: link.name })
      .filter({ hasText: name });
    await expect(logRow.getByTestId("delivery-state")).toContainText(
      en.notifications.deliveryStates.delivered,
    );

    await page
      .getByTestId(`channel-row-${name}`)
      .getByRole("button", { name: en.notifications.remove })
      .click();
    const confirm = page.getByTestId("remove-channel-confirm");
    await expect(confirm).toContainText(name);
    await confirm.getByRole("button", { name: en.notifications.removeDialog.confirm }).click();
    await expect(page.getByTestId(`channel-row-${name}`)).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});

test("everyone chooses the language and the events of their own mail", async ({ page }) => {
  await signIn(page, { email: DEMO.viewer });
  await page.goto("/notifications");
  // Not an admin: no channels, no log.
  await expect(page.getByTestId("create-channel-form")).toHaveCount(0);
  const form = page.getByTestId("preferences-form");
  await form.getByLabel(en.notifications.mailLanguage).selectOption("zh-CN");
  await form.getByRole("checkbox", { name: en.notifications.events.approved }).uncheck();
  await form.getByRole("button", { name: en.notifications.save }).click();
  await expect(form.getByRole("status")).toHaveText(en.notifications.saved);
  await page.reload();
  await expect(form.getByLabel(en.notifications.mailLanguage)).toHaveValue("zh-CN");
  await expect(
    form.getByRole("checkbox", { name: en.notifications.events.approved }),
  ).not.toBeChecked();
  await expect(
    form.getByRole("checkbox", { name: en.notifications.events.rejected }),
  ).toBeChecked();
});
