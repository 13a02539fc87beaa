import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "@/test/fake-api";
import { executionQuery } from "./use-execution";
import { discardLinkMutation, linkTransitionMutation, saveLinkDesignMutation } from "./use-link";

const LINK = "7d0c2a1e-0000-4000-8000-000000000001";
const STATUS = `GET /api/links/${LINK}/execution`;

afterEach(() => vi.unstubAllGlobals());

describe("a link's own requests", () => {
  it("refresh the link's execution after a submit, a withdraw, a saved design or a discard", async () => {
    const requests = fakeApi({
      [STATUS]: () => ({ terminal: true, steps: [], execution: null }),
      [`POST /api/links/${LINK}/submit`]: () => ({ link: { state: "submitted" } }),
      [`POST /api/links/${LINK}/withdraw`]: () => ({ link: { state: "draft" } }),
      [`PUT /api/links/${LINK}`]: () => ({ link: { state: "draft" } }),
      [`POST /api/links/${LINK}/discard`]: () => ({ link: { state: "discarded" } }),
    });
    const client = new QueryClient();
    const unsubscribe = new QueryObserver(client, executionQuery(LINK)).subscribe(() => {});
    await vi.waitFor(() => expect(requests).toEqual([STATUS]));
    await new MutationObserver(client, linkTransitionMutation(LINK, "submit")).mutate();
    await new MutationObserver(client, linkTransitionMutation(LINK, "withdraw")).mutate();
    await new MutationObserver(client, saveLinkDesignMutation(LINK)).mutate({});
    await new MutationObserver(client, discardLinkMutation(LINK)).mutate({ reason: "gone" });
    expect(requests.slice(1)).toEqual([
      `POST /api/links/${LINK}/submit`,
      STATUS,
      `POST /api/links/${LINK}/withdraw`,
      STATUS,
      `PUT /api/links/${LINK}`,
      STATUS,
      `POST /api/links/${LINK}/discard`,
      STATUS,
    ]);
    unsubscribe();
  });
});
