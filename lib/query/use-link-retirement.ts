import { useMutation } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** "Retire link" (POST /api/links/{id}/retire) and the retry of a failed teardown (…/retire/retry). */
export const retirementMutation = (linkId: string, action: "request" | "retry") =>
  refreshingMutation(queryKeys.link(linkId), () =>
    fetchJson<unknown>(`/api/links/${linkId}/retire${action === "retry" ? "/retry" : ""}`, {
      method: "POST",
    }),
  );

export function useRetirement(linkId: string, action: "request" | "retry") {
  return useMutation(retirementMutation(linkId, action));
}
