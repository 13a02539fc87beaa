import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GatewayPricesResponse } from "@/lib/schemas/link/gateway-prices";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** A price is the cloud's answer of the moment: asked once per page view, not polled. */
export const linkPricesQuery = (linkId: string) =>
  queryOptions({
    queryKey: queryKeys.prices(linkId),
    queryFn: () => fetchJson<GatewayPricesResponse>(`/api/links/${linkId}/prices`),
    staleTime: 60_000,
    retry: false,
  });

export function useLinkPrices(linkId: string) {
  return useQuery(linkPricesQuery(linkId));
}
