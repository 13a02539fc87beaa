import { beforeAll, describe, expect, it } from "vitest";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { createApprovedLink } from "@/test/execution/approve-link";
import { armFaults, waitForLinkState } from "@/test/execution/harness";
import { explainCloudError } from "@/lib/cloud/error-explanations";
import { linkExecutionViewSchema, type LinkExecutionView } from "@/lib/schemas/execution";
import { ALIBABA_GATEWAY } from "@/lib/design/link/test-designs";
import { createRoleUser, requestRoute, sessionTokenFor } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { workerRoutesForFile } from "./kit/worker-routes";

const suite = workerRoutesForFile();
checkExchangesAgainstOpenApi();

/** GET /api/links/[id]/execution and POST /api/links/[id]/retry through the real handlers. */

let owner: PublicUser;
let other: PublicUser;
let linkId = "";

async function call(
  method: "GET" | "POST",
  what: "execution" | "retry",
  as: PublicUser,
  id = linkId,
) {
  return requestRoute({
    pattern: `/api/links/[id]/${what}`,
    method,
    params: { id },
    token: await sessionTokenFor(as),
  });
}

async function view(as: PublicUser): Promise<LinkExecutionView> {
  const response = await call("GET", "execution", as);
  expect(response.status).toBe(200);
  return linkExecutionViewSchema.parse(await response.json());
}

beforeAll(async () => {
  owner = await createRoleUser("requester");
  other = await createRoleUser("requester");
  const db = await database();
  await armFaults(suite.simUrl, [
    {
      provider: "alibaba",
      action: "CreateVpnGateway",
      mode: "error",
      httpStatus: 400,
      code: "Resource.QuotaFull",
    },
  ]);
  ({ linkId } = await createApprovedLink({ db, design: ALIBABA_GATEWAY, owner }));
  await waitForLinkState(db, linkId, ["failed"]);
});

describe("execution routes", () => {
  it("shows the failed step with the cloud's code, message and request id; retry only for the owner", async () => {
    const failed = await view(owner);
    expect(failed).toMatchObject({
      linkState: "failed",
      terminal: true,
      canRetry: true,
      execution: {
        state: "failed",
        error: { code: "Resource.QuotaFull", stepId: "alibaba-gateway" },
      },
      steps: [
        {
          stepId: "alibaba-gateway",
          provider: "alibaba",
          region: "cn-hangzhou",
          state: "failed",
          resourceId: null,
          error: {
            code: "Resource.QuotaFull",
            message: expect.any(String),
            requestId: expect.any(String),
          },
        },
      ],
    });
    // The cloud's code explained in both languages, the failed call's RequestId, when it ran.
    const [step] = failed.steps;
    expect(step?.error?.explanation).toEqual({
      en: explainCloudError({ provider: "alibaba", code: "Resource.QuotaFull" }).en,
      zh: explainCloudError({ provider: "alibaba", code: "Resource.QuotaFull" }).zh,
    });
    expect(explainCloudError({ provider: "alibaba", code: "Resource.QuotaFull" }).match).toBe(
      "exact",
    );
    expect(failed.execution?.error?.explanation?.en).toBe(step?.error?.explanation?.en);
    expect(step?.requestId).toBe(step?.error?.requestId);
    expect(Date.parse(step?.startedAt ?? "")).toBeLessThanOrEqual(
      Date.parse(step?.finishedAt ?? ""),
    );
    expect((await view(other)).canRetry).toBe(false);
    const refused = await call("POST", "retry", other);
    expect(refused.status).toBe(403);
  });

  let failed: LinkExecutionView;
  it("retries from the failed step and ends active with the gateway id, public IP and OrderId", async () => {
    failed = await view(owner);
    const response = await call("POST", "retry", owner);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ fromSteps: ["alibaba-gateway"] });
    await waitForLinkState(await database(), linkId, ["active"]);
    const active = await view(owner);
    expect(active).toMatchObject({ linkState: "active", terminal: true, canRetry: false });
    expect(active.steps[0]).toMatchObject({
      state: "done",
      resourceId: expect.stringMatching(/^vpn-/),
      cloudState: "active",
      publicIp: expect.stringMatching(/^203\.0\.113\./),
      orderId: expect.stringMatching(/^\d+$/),
      attempts: 2,
      error: null,
      // The successful create's own RequestId, not the failed attempt's.
      requestId: expect.any(String),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    expect(active.steps[0]?.requestId).not.toBe(failed.steps[0]?.requestId);
    const again = await call("POST", "retry", owner);
    expect(again.status).toBe(409);
  });

  it("answers 404 for an unknown or malformed link id", async () => {
    expect((await call("GET", "execution", owner, crypto.randomUUID())).status).toBe(404);
    expect((await call("GET", "execution", owner, "not-a-uuid")).status).toBe(404);
    expect((await call("POST", "retry", owner, crypto.randomUUID())).status).toBe(404);
  });
});
