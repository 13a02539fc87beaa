import { SIM_URL } from "../playwright.config";
import { expect, test } from "./fixtures/test";
import { DEMO, signIn } from "./fixtures/sign-in";
import { choose, expectStep, field, next } from "./fixtures/wizard";

/**
 * A large account: more VPCs than one page of the cloud's answer. The wizard's VPC picker lists
 * them all and finds one far beyond the first page through its search box, by keyboard.
 */

test("the VPC picker finds a VPC beyond the first page through its search box", async ({
  page,
  request,
}) => {
  // ap-singapore: a region no other spec creates in (bulk records count against its quotas).
  const seeded = await request.post(`${SIM_URL}/_sim/bulk`, {
    data: { provider: "tencent", region: "ap-singapore", count: 250 },
  });
  expect(seeded.status()).toBe(200);
  const { vpcIds } = (await seeded.json()) as { vpcIds: string[] };
  const wanted = vpcIds[239]!;
  const wantedName = `bulk-vpc-${wanted.slice("vpc-bulk".length)}`;

  await signIn(page, { email: DEMO.requester });
  await page.goto("/links/new");
  await choose(page.getByRole("radio", { name: /Cloud ↔ on-premises/ }));
  await field(page, "name").fill("Singapore large account");
  await next(page);
  await expectStep(page, "Where");

  const region = page.getByTestId("tencent-region");
  await expect(region.locator('option[value="ap-singapore"]')).toBeAttached();
  await region.selectOption("ap-singapore");
  const vpc = page.getByTestId("tencent-vpc");
  // Every page was read: the last seeded VPC is offered (Tencent pages hold 100).
  await expect(vpc.locator(`option[value="${vpcIds.at(-1)}"]`)).toBeAttached();

  const vpcField = page.locator('[data-path="site.vpcId"]');
  const search = vpcField.getByRole("searchbox", { name: "Search: VPC" });
  await search.fill(wantedName);
  await expect(vpcField.getByRole("status")).toHaveText(/^1 of \d+ shown$/);
  await search.press("Enter");
  await expect(vpc).toHaveValue(wanted);
  await expect(page.getByTestId("tencent-vpc-cidrs")).toContainText("10.128.240.0/24");
  // Enter picked; it did not submit the wizard (still on this step).
  await expectStep(page, "Where");
});
