import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import type { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** The body is checked by the form with the decision's schema, and again by the route. */
export type Decision = {
  decision: "approve" | "reject";
  body: z.output<typeof approveBodySchema> | z.output<typeof rejectBodySchema>;
};

/**
 * An approver's decision on the plan hash on screen (POST /api/links/{id}/approve | reject). The
 * last approval queues the execution, so the link's queries are refreshed.
 */
export const decideLinkMutation = (linkId: string) =>
  refreshingMutation(queryKeys.link(linkId), ({ decision, body }: Decision) =>
    fetchJson<unknown>(`/api/links/${linkId}/${decision}`, { method: "POST", body }),
  );

export function useDecideLink(linkId: string) {
  return useMutation(decideLinkMutation(linkId));
}
