import { queryOptions, useMutation, useQuery, type QueryKey } from "@tanstack/react-query";
import type { ApiTokenView, CreateApiTokenBody } from "@/lib/schemas/api-token";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** The signed-in person's API tokens: GET /api/tokens. */
export const apiTokensQuery = () =>
  queryOptions({
    queryKey: queryKeys.apiTokens(),
    queryFn: () => fetchJson<{ tokens: ApiTokenView[] }>("/api/tokens").then((body) => body.tokens),
  });

export function useApiTokens(initialTokens: ApiTokenView[]) {
  return useQuery({ ...apiTokensQuery(), initialData: initialTokens });
}

/** A made token: the answer holds the token itself, this once. */
export type NewApiToken = { token: string; apiToken: ApiTokenView };

/** Makes a token (POST /api/tokens): the answer holds the token itself, this once. */
export function useCreateApiToken() {
  return useMutation(
    refreshingMutation(queryKeys.apiTokens(), (body: CreateApiTokenBody) =>
      fetchJson<NewApiToken>("/api/tokens", {
        method: "POST",
        body,
      }),
    ),
  );
}

/** Revokes one token (POST /api/tokens/{id}/revoke), then refreshes the list it is shown in. */
export function useRevokeApiToken(tokenId: string, list: QueryKey = queryKeys.apiTokens()) {
  return useMutation(
    refreshingMutation(list, () =>
      fetchJson<{ token: ApiTokenView }>(`/api/tokens/${tokenId}/revoke`, { method: "POST" }),
    ),
  );
}
