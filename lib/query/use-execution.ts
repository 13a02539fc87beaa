import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { LinkExecutionView } from "@/lib/schemas/execution";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** How often the link page asks while the plan runs. */
export const EXECUTION_POLL_MS = 2_000;

/**
 * The execution of a link's approved plan (GET /api/links/{id}/execution), polled while the link
 * is still on its way (until a terminal state: active, failed, …).
 */
export const executionQuery = (linkId: string) =>
  queryOptions({
    queryKey: queryKeys.execution(linkId),
    queryFn: () => fetchJson<LinkExecutionView>(`/api/links/${linkId}/execution`),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.terminal === false ? EXECUTION_POLL_MS : false),
  });

export function useLinkExecution(linkId: string) {
  return useQuery(executionQuery(linkId));
}

/** The owner's retry after a failure (POST /api/links/{id}/retry); polling starts again. */
export const retryExecutionMutation = (linkId: string) =>
  refreshingMutation(queryKeys.execution(linkId), () =>
    fetchJson<unknown>(`/api/links/${linkId}/retry`, { method: "POST" }),
  );

export function useRetryExecution(linkId: string) {
  return useMutation(retryExecutionMutation(linkId));
}
