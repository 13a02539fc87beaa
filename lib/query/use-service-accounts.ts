import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { CreateApiTokenBody } from "@/lib/schemas/api-token";
import type { CreateServiceAccountBody, ServiceAccountView } from "@/lib/schemas/service-account";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";
import type { NewApiToken } from "./use-api-tokens";

/** Service accounts with their tokens (admins): GET /api/service-accounts. */
export const serviceAccountsQuery = () =>
  queryOptions({
    queryKey: queryKeys.serviceAccounts(),
    queryFn: () =>
      fetchJson<{ serviceAccounts: ServiceAccountView[] }>("/api/service-accounts").then(
        (body) => body.serviceAccounts,
      ),
  });

export function useServiceAccounts(initial: ServiceAccountView[]) {
  return useQuery({ ...serviceAccountsQuery(), initialData: initial });
}

/** Creates a service account (POST /api/service-accounts), then refreshes the list. */
export function useCreateServiceAccount() {
  return useMutation(
    refreshingMutation(queryKeys.serviceAccounts(), (body: CreateServiceAccountBody) =>
      fetchJson<{ serviceAccount: ServiceAccountView }>("/api/service-accounts", {
        method: "POST",
        body,
      }).then((answer) => answer.serviceAccount),
    ),
  );
}

/** Issues a token of one service account: the answer holds the token itself, this once. */
export function useIssueServiceAccountToken(accountId: string) {
  return useMutation(
    refreshingMutation(queryKeys.serviceAccounts(), (body: CreateApiTokenBody) =>
      fetchJson<NewApiToken>(`/api/service-accounts/${accountId}/tokens`, {
        method: "POST",
        body,
      }),
    ),
  );
}

/** Disables or enables a service account (PATCH /api/users/{id}), then refreshes the list. */
export function useSetServiceAccountDisabled(accountId: string) {
  return useMutation(
    refreshingMutation(queryKeys.serviceAccounts(), (disabled: boolean) =>
      fetchJson<unknown>(`/api/users/${accountId}`, { method: "PATCH", body: { disabled } }),
    ),
  );
}
