import { queryOptions, useQuery } from "@tanstack/react-query";
import type { PickerList, PickerProvider, PickerResource } from "@/lib/schemas/cloud-picker";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type PickerQuery = { account?: string; region?: string; vpcId?: string };

/**
 * Live choices from the cloud, read by the server: GET /api/cloud/{provider}/{resource}, with the
 * lists the server's bound cut short.
 */
export const cloudPickerQuery = (
  provider: PickerProvider,
  resource: PickerResource,
  query: PickerQuery,
) => {
  // Empty values are left out, so "no region yet" and "region: ''" are the same request.
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return queryOptions({
    queryKey: queryKeys.cloudPicker(provider, resource, search),
    queryFn: () => fetchJson<PickerList>(`/api/cloud/${provider}/${resource}?${search}`),
    staleTime: 30_000,
  });
};

export function usePickerItems(
  provider: PickerProvider,
  resource: PickerResource,
  query: PickerQuery,
  enabled = true,
) {
  return useQuery({ ...cloudPickerQuery(provider, resource, query), enabled });
}
