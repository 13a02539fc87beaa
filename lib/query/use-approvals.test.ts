import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "@/test/fake-api";
import { decideLinkMutation } from "./use-approvals";
import { executionQuery } from "./use-execution";

const LINK = "7d0c2a1e-0000-4000-8000-000000000001";
const OTHER = "7d0c2a1e-0000-4000-8000-000000000002";
const HASH = "a".repeat(64);

afterEach(() => vi.unstubAllGlobals());

describe("an approver's decision", () => {
  it("posts to the decision's route and refreshes that link's execution only", async () => {
    const view = () => ({ terminal: true, steps: [], execution: null });
    const requests = fakeApi({
      [`GET /api/links/${LINK}/execution`]: view,
      [`GET /api/links/${OTHER}/execution`]: view,
      [`POST /api/links/${LINK}/approve`]: () => ({ link: { state: "approved" } }),
      [`POST /api/links/${LINK}/reject`]: () => ({ link: { state: "rejected" } }),
    });
    const client = new QueryClient();
    const stop = [LINK, OTHER].map((id) =>
      new QueryObserver(client, executionQuery(id)).subscribe(() => {}),
    );
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    const decide = new MutationObserver(client, decideLinkMutation(LINK));
    await decide.mutate({ decision: "approve", body: { planHash: HASH } });
    await decide.mutate({ decision: "reject", body: { planHash: HASH, comment: "wrong subnet" } });
    expect(requests.slice(2)).toEqual([
      `POST /api/links/${LINK}/approve`,
      `GET /api/links/${LINK}/execution`,
      `POST /api/links/${LINK}/reject`,
      `GET /api/links/${LINK}/execution`,
    ]);
    stop.forEach((unsubscribe) => unsubscribe());
  });
});
