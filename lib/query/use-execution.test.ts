import {
  environmentManager,
  MutationObserver,
  QueryClient,
  QueryObserver,
} from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "@/test/fake-api";
import { EXECUTION_POLL_MS, executionQuery, retryExecutionMutation } from "./use-execution";

const LINK = "7d0c2a1e-0000-4000-8000-000000000001";
const STATUS = `GET /api/links/${LINK}/execution`;

afterEach(() => {
  environmentManager.setIsServer(() => typeof window === "undefined");
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the execution query", () => {
  it("polls while the link is on its way and stops at a terminal state", async () => {
    // TanStack Query schedules no refetch timers on a server; this test stands for the browser.
    environmentManager.setIsServer(() => false);
    vi.useFakeTimers();
    let terminal = false;
    const requests = fakeApi({ [STATUS]: () => ({ terminal, steps: [], execution: null }) });
    const client = new QueryClient();
    const unsubscribe = new QueryObserver(client, executionQuery(LINK)).subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toEqual([STATUS]);
    await vi.advanceTimersByTimeAsync(EXECUTION_POLL_MS);
    expect(requests).toHaveLength(2);
    terminal = true;
    await vi.advanceTimersByTimeAsync(EXECUTION_POLL_MS);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(EXECUTION_POLL_MS * 5);
    expect(requests).toHaveLength(3);
    unsubscribe();
  });

  it("asks again after a retry, which starts the run anew", async () => {
    const requests = fakeApi({
      [STATUS]: () => ({ terminal: true, steps: [], execution: null }),
      [`POST /api/links/${LINK}/retry`]: () => ({ executionId: "e2" }),
    });
    const client = new QueryClient();
    const unsubscribe = new QueryObserver(client, executionQuery(LINK)).subscribe(() => {});
    await vi.waitFor(() => expect(requests).toEqual([STATUS]));
    await new MutationObserver(client, retryExecutionMutation(LINK)).mutate();
    expect(requests).toEqual([STATUS, `POST /api/links/${LINK}/retry`, STATUS]);
    unsubscribe();
  });
});
