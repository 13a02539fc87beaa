import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Plan } from "@/lib/design/plan/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** The plan a design would run, before it is saved (POST /api/links/plan; the key left blank). */
export const planPreviewQuery = (design: object | undefined) =>
  queryOptions({
    queryKey: queryKeys.links.planPreview(design),
    queryFn: () =>
      fetchJson<{ plan: Plan }>("/api/links/plan", { method: "POST", body: design }).then(
        (answer) => answer.plan,
      ),
    enabled: design !== undefined,
  });

export function usePlanPreview(design: object | undefined) {
  return useQuery(planPreviewQuery(design));
}
