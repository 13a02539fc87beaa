import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectAccessibleInBothLanguages } from "./fixtures/axe";
import en from "../messages/en.json" with { type: "json" };
import { SANDBOX_URL, SIM_URL } from "../playwright.config";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import type { LinkDesignInput } from "../lib/schemas/link/design";
import { DEMO, signIn } from "./fixtures/sign-in";
import { variant } from "../test/kit";

/**
 * "Retire link" per provider, in two browser contexts on the simulator: an active link (created,
 * submitted and approved through the API) is retired from its page — the confirm dialog shows the
 * delete calls and what stays — approved by another person on the teardown's hash, and runs until
 * the link is retired; the simulator no longer lists anything the link created.
 */

const RUN_DEADLINE_MS = 90_000;
const headers = { origin: SANDBOX_URL };

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { email });
  return page;
}

async function linkState(request: APIRequestContext, id: string): Promise<string> {
  const answer = await request.get(`${SANDBOX_URL}/api/links/${id}`);
  return ((await answer.json()) as { link: { state: string } }).link.state;
}

/**
 * A link created, submitted and approved through the API and run by the server's worker until it
 * is `until` (active, or failed when a fault was armed for it); with the ids its run created.
 */
async function approvedLink(
  requester: Page,
  approver: Page,
  design: LinkDesignInput,
  until: "active" | "failed" = "active",
) {
  const created = await requester.request.post(`${SANDBOX_URL}/api/links`, {
    data: design,
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { link: { id: string } }).link.id;
  const submitted = await requester.request.post(`${SANDBOX_URL}/api/links/${id}/submit`, {
    headers,
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const { planHash } = ((await submitted.json()) as { link: { planHash: string } }).link;
  const approved = await approver.request.post(`${SANDBOX_URL}/api/links/${id}/approve`, {
    data: { planHash },
    headers,
  });
  expect(approved.status(), await approved.text()).toBe(200);
  await expect
    .poll(() => linkState(requester.request, id), {
      message: `the approved link to become ${until} (the server worker runs its plan)`,
      timeout: RUN_DEADLINE_MS,
    })
    .toBe(until);
  const view = await requester.request.get(`${SANDBOX_URL}/api/links/${id}/execution`);
  const steps = ((await view.json()) as { steps: { resourceId: string | null }[] }).steps;
  const createdIds = steps.map((step) => step.resourceId).filter((r): r is string => !!r);
  expect(createdIds.length).toBeGreaterThan(0);
  return { id, created: createdIds };
}

async function simResourceIds(): Promise<string[]> {
  const answer = await fetch(`${SIM_URL}/_sim/resources`);
  return ((await answer.json()) as { resources: { id: string }[] }).resources.map((r) => r.id);
}

const cases: [string, LinkDesignInput, number][] = [
  // gateway, customer gateway, tunnel: three deletes, nothing stays
  ["Tencent", TENCENT_ON_PREM, 3],
  // a tunnel on a picked gateway and customer gateway: one delete, both picked ones stay
  ["Alibaba", ALIBABA_TUNNEL, 1],
];

for (const [provider, base, deletes] of cases) {
  test(`${provider}: retire an active link, approved by another person, until every created resource is gone`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    // Other specs run the same test designs on the same simulator at the same time: the names
    // and the peer address of what this one creates are its own.
    const tag = randomUUID().slice(0, 6);
    const design = variant(base, (d) => {
      d.name = `E2E retire ${provider} ${tag}`;
      if (d.kind !== "onPrem" || d.site.provider !== "tencent") return;
      if (d.site.gateway.mode === "new") d.site.gateway.params.VpnGatewayName = `gz-retire-${tag}`;
      if (d.site.peer.mode === "new") {
        d.site.peer.params.CustomerGatewayName = `retire-${tag}`;
        d.site.peer.params.IpAddress = `198.51.100.${100 + (parseInt(tag, 16) % 100)}`;
      }
    });
    const requester = await signedInPage(browser, DEMO.requester);
    const approver = await signedInPage(browser, DEMO.approver);
    const { id, created } = await approvedLink(requester, approver, design);

    // The requester asks: the dialog lists the delete calls and what stays.
    await requester.goto(`/links/${id}`);
    const panel = requester.getByTestId("link-retirement");
    await panel.getByRole("button", { name: en.links.retire.button }).click();
    const dialog = requester.getByRole("alertdialog", { name: en.links.retire.title });
    await expect(dialog.getByTestId("teardown-steps").locator("li")).toHaveCount(deletes);
    if (deletes === 1) {
      await expect(dialog.getByTestId("teardown-kept").locator("li")).toHaveCount(2);
      await expect(dialog.getByTestId("teardown-kept")).toContainText(
        en.links.retire.reasons.existing,
      );
    }
    await dialog.getByRole("button", { name: en.links.retire.confirm }).click();
    await expect(panel.getByTestId("teardown-state")).toHaveText(en.links.retire.states.pending);
    await expect(requester.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
      "data-state",
      "retiring",
    );
    // Four eyes: the requester is told another approver must review it.
    await expect(panel).toContainText(en.links.retire.ownRequest);
    const hash = (await panel.getByTestId("teardown-hash").innerText()).trim();
    await expectAccessibleInBothLanguages(requester, `${provider}: a retiring link's page`);

    // The approver sees the same teardown (same hash) and approves it.
    await approver.goto(`/links/${id}`);
    const review = approver.getByTestId("link-retirement");
    await expect(review.getByTestId("teardown-hash")).toHaveText(hash);
    await expect(review.getByTestId("teardown-steps").locator("li")).toHaveCount(deletes);
    const form = review.getByRole("form", { name: en.approvals.review.decisionTitle });
    await form.getByLabel(en.approvals.review.comment).fill("Office closed");
    await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();

    await expect
      .poll(() => linkState(requester.request, id), {
        message: "the approved teardown to run to its end (the link retired)",
        timeout: RUN_DEADLINE_MS,
      })
      .toBe("retired");
    await requester.reload();
    await expect(requester.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
      "data-state",
      "retired",
    );
    await expect(panel.getByTestId("teardown-state")).toHaveText(en.links.retire.states.done);
    const history = panel.getByTestId("teardown-history");
    await expect(history).toContainText(DEMO.requester);
    await expect(history).toContainText(DEMO.approver);
    await expectAccessibleInBothLanguages(requester, `${provider}: a retired link's page`);

    const left = await simResourceIds();
    for (const resourceId of created) expect(left, resourceId).not.toContain(resourceId);
  });
}

test("Tencent: clean up after a run that failed once its gateways were made, until nothing it made is left", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = randomUUID().slice(0, 6);
  const tunnelName = `cleanup-${tag}`;
  const design = variant(TENCENT_ON_PREM, (d) => {
    d.name = `E2E clean-up ${tag}`;
    d.site.gateway.params.VpnGatewayName = `gz-cleanup-${tag}`;
    d.site.peer.params.CustomerGatewayName = `cleanup-${tag}`;
    d.site.peer.params.IpAddress = `198.51.100.${(parseInt(tag, 16) % 90) + 1}`;
    d.site.tunnel.params.VpnConnectionName = tunnelName;
  });
  // The cloud refuses this link's tunnel (and only it: other specs share the simulator).
  const armed = await fetch(`${SIM_URL}/_sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      provider: "tencent",
      action: "CreateVpnConnection",
      mode: "error",
      httpStatus: 400,
      code: "InvalidParameterValue",
      match: { VpnConnectionName: tunnelName },
    }),
  });
  expect(armed.status, await armed.text()).toBe(200);
  const requester = await signedInPage(browser, DEMO.requester);
  const approver = await signedInPage(browser, DEMO.approver);
  const { id, created } = await approvedLink(requester, approver, design, "failed");
  expect(created).toHaveLength(2);

  await requester.goto(`/links/${id}`);
  const panel = requester.getByTestId("link-retirement");
  await expect(panel.getByRole("heading", { name: en.links.cleanup.panelTitle })).toBeVisible();
  await expectAccessibleInBothLanguages(requester, "a failed link's page");
  await panel.getByRole("button", { name: en.links.cleanup.button }).click();
  const dialog = requester.getByRole("alertdialog", { name: en.links.cleanup.title });
  await expect(dialog.getByTestId("teardown-steps").locator("li")).toHaveCount(2);
  await dialog.getByRole("button", { name: en.links.cleanup.confirm }).click();
  await expect(panel.getByTestId("teardown-state")).toHaveText(en.links.retire.states.pending);

  // The approver finds it in the Approvals list, with what it deletes, and opens the link.
  await approver.goto("/approvals");
  const row = approver.getByTestId("teardown-row").filter({ hasText: design.name });
  await expect(row).toHaveAttribute("data-kind", "cleanup");
  await expect(row).toContainText(en.approvals.teardowns.kinds.cleanup);
  await row.getByRole("link", { name: design.name }).click();
  await expect(approver).toHaveURL(new RegExp(`/links/${id}$`));
  const review = approver.getByTestId("link-retirement");
  const form = review.getByRole("form", { name: en.approvals.review.decisionTitle });
  await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();
  await expect
    .poll(() => linkState(requester.request, id), {
      message: "the approved clean-up to run to its end (the link retired)",
      timeout: RUN_DEADLINE_MS,
    })
    .toBe("retired");
  const left = await simResourceIds();
  for (const resourceId of created) expect(left, resourceId).not.toContain(resourceId);
});
