import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { SIM_URL } from "../playwright.config";
import { CLOUD_TO_CLOUD_ROUTED } from "../lib/design/link/test-designs";
import { createSubmitAndApprove } from "./fixtures/approve-link";
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

  const { id, requester } = await createSubmitAndApprove(browser, design, {
    comment: "Routes checked",
    // The approver sees the route calls in the plan before approving.
    beforeApprove: async (approver) => {
      await expect(approver.getByRole("main")).toContainText("CreateRoutes");
      await expect(approver.getByRole("main")).toContainText("CreateRouteEntry");
    },
  });

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
