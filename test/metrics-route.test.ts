import { beforeAll, describe, expect, it } from "vitest";
import { describeTencentVpcs } from "@/lib/cloud/tencent/actions";
import { getCloudClient } from "@/lib/cloud-server/server-client";
import { database } from "@/lib/db";
import { TENCENT_GATEWAY } from "@/lib/design/link/test-designs";
import { recordCloudCall } from "@/lib/metrics/record";
import { portalMetrics } from "@/lib/metrics/registry";
import { createApprovedLink } from "@/test/execution/approve-link";
import { armFaults, waitForLinkState } from "@/test/execution/harness";
import { simulatorClient } from "@/test/kit/simulator-client";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { requestRoute, signedInUser } from "./kit/routes";
import { workerRoutesForFile } from "./kit/worker-routes";
import { parseExposition, sampleValue, type Exposition } from "./kit/prometheus-text";

const suite = workerRoutesForFile();
checkExchangesAgainstOpenApi();

/** GET /api/metrics through the real handler: who may scrape, and the series moving. */

let adminToken = "";

async function scrape(token: string | undefined) {
  return requestRoute({ pattern: "/api/metrics", method: "GET", ...(token ? { token } : {}) });
}

async function scrapeAsAdmin(): Promise<Exposition> {
  const response = await scrape(adminToken);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

beforeAll(async () => {
  ({ token: adminToken } = await signedInUser("admin"));
});

describe("GET /api/metrics", () => {
  it("answers 401 signed out, and every role's session", async () => {
    expect((await scrape(undefined)).status).toBe(401);
    for (const role of ["viewer", "requester", "approver"] as const) {
      const { token } = await signedInUser(role);
      const scraped = await scrape(token);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain("vlp_http_requests_total");
    }
  });

  it("counts requests per route pattern, never per raw URL", async () => {
    await scrapeAsAdmin();
    const { token } = await signedInUser("viewer");
    const linkId = crypto.randomUUID();
    const missing = await requestRoute({
      pattern: "/api/links/[id]",
      method: "GET",
      params: { id: linkId },
      token,
    });
    expect(missing.status).toBe(404);
    const text = (await scrapeAsAdmin()).text;
    expect(text).not.toContain(linkId);
    const after = await scrapeAsAdmin();
    const ok = { route: "/api/metrics", method: "GET", status: "200" };
    expect(sampleValue(after, "vlp_http_requests_total", ok)).toBeGreaterThanOrEqual(2);
    expect(
      sampleValue(after, "vlp_http_requests_total", {
        route: "/api/links/[id]",
        method: "GET",
        status: "404",
      }),
    ).toBe(1);
    expect(
      sampleValue(after, "vlp_http_request_duration_seconds_count", {
        route: "/api/links/[id]",
        method: "GET",
      }),
    ).toBe(1);
  });

  it("shows a link's run: its create call, its steps, its execution and the link now active", async () => {
    const before = await scrapeAsAdmin();
    const { user: owner } = await signedInUser("requester");
    const db = await database();
    const { linkId } = await createApprovedLink({ db, design: TENCENT_GATEWAY, owner });
    await waitForLinkState(db, linkId, ["active"]);
    const after = await scrapeAsAdmin();
    const moved = (name: string, labels: Record<string, string>) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);

    const createOk = { provider: "tencent", action: "CreateVpnGateway", result: "ok" };
    expect(moved("vlp_cloud_calls_total", createOk)).toBe(1);
    expect(
      moved("vlp_cloud_calls_total", { ...createOk, action: "DescribeVpnGateways" }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      moved("vlp_execution_steps_finished_total", {
        provider: "tencent",
        action: "CreateVpnGateway",
        state: "done",
      }),
    ).toBe(1);
    expect(moved("vlp_executions_finished_total", { state: "succeeded" })).toBe(1);
    expect(moved("vlp_executions_finished_total", { state: "failed" })).toBe(0);
    expect(moved("vlp_links", { state: "active" })).toBe(1);
    expect(moved("vlp_executions", { state: "succeeded" })).toBe(1);
    // Every known state is reported, the empty ones as 0.
    expect(sampleValue(after, "vlp_links", { state: "retired" })).toBe(0);
  });

  it("counts each attempt the cloud throttled, and the retry that got through", async () => {
    const labels = { provider: "tencent", action: "DescribeVpcs" };
    const before = await portalMetrics().registry.getMetricsAsJSON();
    await armFaults(suite.simUrl, [{ ...labels, mode: "throttle", count: 1 }]);
    const client = simulatorClient(suite.simUrl, { retries: 1, retryMinDelayMs: 1 });
    await describeTencentVpcs({ client, region: "ap-guangzhou", request: {} });
    const after = await portalMetrics().registry.getMetricsAsJSON();
    const moved = (name: string, extra: Record<string, string> = {}) =>
      jsonValue(after, name, { ...labels, ...extra }) -
      jsonValue(before, name, { ...labels, ...extra });
    expect(moved("vlp_cloud_calls_total", { result: "RequestLimitExceeded" })).toBe(1);
    expect(moved("vlp_cloud_calls_total", { result: "ok" })).toBe(1);
    expect(moved("vlp_cloud_throttled_total")).toBe(1);
  });

  it("the server's cloud client reports to the same counters", () => {
    expect(getCloudClient().onCall).toBe(recordCloudCall);
  });
});

type MetricsJson = Awaited<
  ReturnType<ReturnType<typeof portalMetrics>["registry"]["getMetricsAsJSON"]>
>;

function jsonValue(metrics: MetricsJson, name: string, labels: Record<string, string>): number {
  const metric = metrics.find((m) => m.name === name);
  const sample = metric?.values.find((value) =>
    Object.entries(labels).every(([key, wanted]) => String(value.labels[key]) === wanted),
  );
  return sample?.value ?? 0;
}
