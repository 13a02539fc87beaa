import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import en from "../messages/en.json" with { type: "json" };
import { SANDBOX_URL, SIM_URL } from "../playwright.config";
import { CLOUD_TO_CLOUD_ROUTED } from "../lib/design/link/test-designs";
import { DEMO, signIn } from "./fixtures/sign-in";
import { variant } from "../test/kit";

/**
 * Routes as part of the design: a cloud ↔ cloud link with routes on both sides, submitted and
 * approved in two browser contexts, runs to active — and the simulator's route tables then send
 * each side's remote networks to that side's new VPN gateway.
 */

type SimResource = {
  provider: "tencent" | "alibaba";
  type: string;
  id: string;
  name: string;
  data: Record<string, unknown>;
};

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { email });
  return page;
}

test("a designed and approved cloud ↔ cloud link shows its routes in both clouds' route tables", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  // Destinations of their own, so a rerun against the same simulator meets no earlier route.
  const octet = Number.parseInt(tag.slice(0, 2), 16);
  const tencentDestination = `172.20.${octet}.0/24`;
  const alibabaDestination = `172.21.${octet}.0/24`;
  const design = variant(CLOUD_TO_CLOUD_ROUTED, (d) => {
    d.name = `E2E routes ${tag}`;
    d.tencent.gateway.params.VpnGatewayName = `gzr-${tag}`;
    d.alibaba.gateway.params.Name = `hzr-${tag}`;
    d.tunnel.name = `r-${tag}`;
    d.tencent.routes!.destinations = [tencentDestination];
    d.alibaba.routes!.destinations = [alibabaDestination];
  });

  const requester = await signedInPage(browser, DEMO.requester);
  const approver = await signedInPage(browser, DEMO.approver);
  const created = await requester.request.post(`${SANDBOX_URL}/api/links`, {
    data: design,
    headers: { origin: SANDBOX_URL },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { link: { id: string } }).link.id;

  await requester.goto(`/links/${id}`);
  await requester
    .getByTestId("link-workflow")
    .getByRole("button", { name: en.approvals.panel.submit })
    .click();
  await expect(requester.getByTestId("link-workflow")).toContainText(en.approvals.panel.withdraw);

  // The approver sees the route calls in the plan before approving.
  await approver.goto(`/approvals/${id}`);
  await expect(approver.getByRole("main")).toContainText("CreateRoutes");
  await expect(approver.getByRole("main")).toContainText("CreateRouteEntry");
  const form = approver.getByRole("form", { name: en.approvals.review.decisionTitle });
  await form.getByLabel(en.approvals.review.comment).fill("Routes checked");
  await form.getByRole("button", { name: en.approvals.review.approve, exact: true }).click();
  await form
    .getByTestId("confirm-start")
    .getByRole("button", { name: en.approvals.review.confirmStart.confirm })
    .click();
  await expect(approver.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
    "data-state",
    /approved|executing|active/,
  );

  await requester.goto(`/links/${id}`);
  const execution = requester.getByTestId("execution");
  await expect(execution.getByTestId("execution-state")).toHaveAttribute(
    "data-state",
    "succeeded",
    { timeout: 90_000 },
  );
  for (const stepId of ["tencent-route-1", "alibaba-route-1"]) {
    await expect(execution.getByTestId(`execution-step-${stepId}`)).toHaveAttribute(
      "data-state",
      "done",
    );
  }

  const inspected = await requester.request.get(`${SIM_URL}/_sim/resources`);
  const { resources } = (await inspected.json()) as { resources: SimResource[] };
  const gateway = (provider: string, name: string) =>
    resources.find((r) => r.provider === provider && r.type === "vpnGateway" && r.name === name)!;
  const tencentGateway = gateway("tencent", `gzr-${tag}`);
  const alibabaGateway = gateway("alibaba", `hzr-${tag}`);

  const tencentTable = resources.find((r) => r.type === "routeTable" && r.id === "rtb-gzprod01")!;
  expect(
    (tencentTable.data.routes as Record<string, unknown>[]).filter(
      (route) => route.DestinationCidrBlock === tencentDestination,
    ),
  ).toEqual([expect.objectContaining({ GatewayType: "VPN", GatewayId: tencentGateway.id })]);
  expect(
    resources.filter(
      (r) =>
        r.type === "routeEntry" &&
        r.data.RouteTableId === "vtb-hzprod0001" &&
        r.data.DestinationCidrBlock === alibabaDestination,
    ),
  ).toEqual([
    expect.objectContaining({
      data: expect.objectContaining({ NextHopType: "VpnGateway", NextHopId: alibabaGateway.id }),
    }),
  ]);
});
