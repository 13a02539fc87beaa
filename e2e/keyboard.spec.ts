import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import en from "../messages/en.json" with { type: "json" };
import { createLinkByApi } from "./fixtures/links-api";
import { DEMO, signIn } from "./fixtures/sign-in";
import { expectStep } from "./fixtures/wizard";

/**
 * A link designed and submitted from the review with the keyboard alone (no click, no fill, no
 * selectOption): every control reached with Tab shows where the focus is. The discard dialog keeps
 * the focus while open and gives it back when it closes.
 */

const TAB_LIMIT = 80;

/** Presses Tab until `target` has the focus, then checks that the focus can be seen. */
async function tabTo(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < TAB_LIMIT; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusVisible(target);
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`${TAB_LIMIT} presses of Tab never reached ${target.toString()}`);
}

/** The focused control matches :focus-visible and draws an outline or a ring. */
async function expectFocusVisible(target: Locator) {
  const focus = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(":focus-visible"),
      drawn:
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== "none",
    };
  });
  expect(focus, target.toString()).toEqual({ focusVisible: true, drawn: true });
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

/** Moves a focused select with the arrow keys until it holds `value`. */
async function arrowSelect(page: Page, select: Locator, value: string) {
  await expect(select.locator(`option[value="${value}"]`)).toBeAttached();
  await tabTo(page, select);
  const values = await select
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  for (let i = from; i !== to; i += to > from ? 1 : -1)
    await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  await expect(select).toHaveValue(value);
}

const field = (page: Page, path: string) =>
  page.locator(`[data-path="${path}"]`).locator("input, select, textarea").first();

async function pressNext(page: Page) {
  await tabTo(page, page.getByRole("button", { name: en.wizard.next, exact: true }));
  await page.keyboard.press("Enter");
}

test("design a link and submit it from the review with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, { email: DEMO.requester });
  await page.goto("/links/new");
  await expectStep(page, en.wizard.steps.kind);

  // What: the radio group takes the focus, Space picks, the arrows move the choice.
  const gatewayOnly = page.getByRole("radio", { name: new RegExp(en.wizard.kind.gateway.title) });
  const onPrem = page.getByRole("radio", { name: new RegExp(en.wizard.kind.onPrem.title) });
  await tabTo(page, gatewayOnly);
  await page.keyboard.press("Space");
  await expect(gatewayOnly).toBeChecked();
  await expect(async () => {
    if (!(await onPrem.isChecked())) {
      await page.keyboard.press("ArrowDown");
    }
    await expect(onPrem).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await typeInto(page, field(page, "name"), "Keyboard office link");
  await pressNext(page);

  await expectStep(page, en.wizard.steps.where);
  await arrowSelect(page, page.getByTestId("tencent-region"), "ap-guangzhou");
  await arrowSelect(page, page.getByTestId("tencent-vpc"), "vpc-gzprod01");
  await pressNext(page);

  await expectStep(page, en.wizard.steps.gateway);
  await typeInto(page, field(page, "site.gateway.params.VpnGatewayName"), "kbd-gw");
  await pressNext(page);

  await expectStep(page, en.wizard.steps.peer);
  await typeInto(page, field(page, "site.peer.params.CustomerGatewayName"), "kbd-office");
  await typeInto(page, field(page, "site.peer.params.IpAddress"), "198.51.100.40");
  await pressNext(page);

  await expectStep(page, en.wizard.steps.tunnel);
  await typeInto(page, field(page, "site.tunnel.params.VpnConnectionName"), "kbd-tunnel");
  await typeInto(page, page.locator("#psk-input"), "Kbd0ffice!Key");
  await typeInto(
    page,
    page.getByLabel(en.wizard.tunnel.localOfRow.replace("{row}", "1")),
    "10.10.4.0/24",
  );
  await typeInto(
    page,
    page.getByTestId("spd-remotes-0").getByRole("textbox").first(),
    "192.168.40.0/24",
  );
  await pressNext(page);

  await expectStep(page, en.wizard.steps.review);
  await expect(page.getByTestId("plan-steps").locator("li")).toHaveCount(3);
  await tabTo(page, page.getByRole("button", { name: en.wizard.submit, exact: true }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Keyboard office link", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
    "data-state",
    "submitted",
  );
});

test("the discard dialog keeps the focus while open and gives it back", async ({ page }) => {
  await signIn(page, { email: DEMO.requester });
  const { id, name } = await createLinkByApi(page.request, {
    prefix: "Keyboard draft",
    submit: false,
  });
  await page.goto(`/links/${id}`);
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();

  // Focus moves in, Tab stays inside, Escape closes it and gives focus back.
  const discard = page.getByRole("button", { name: en.links.discard.button, exact: true });
  await tabTo(page, discard);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: en.links.discard.title });
  await expect(dialog.getByRole("textbox")).toBeFocused();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(discard).toBeFocused();
});
