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

/** What the decision is on: the link's creation plan, or its requested teardown. */
export type DecisionSubject = "link" | "teardown";

/**
 * An approver's decision on the plan hash on screen (POST /api/links/{id}/approve | reject, or
 * /api/links/{id}/retire/approve | reject for a teardown). The last approval queues the run, so
 * the link's queries are refreshed.
 */
export const decideLinkMutation = (linkId: string, subject: DecisionSubject = "link") =>
  refreshingMutation(queryKeys.link(linkId), ({ decision, body }: Decision) =>
    fetchJson<unknown>(
      `/api/links/${linkId}/${subject === "teardown" ? "retire/" : ""}${decision}`,
      { method: "POST", body },
    ),
  );

export function useDecideLink(linkId: string, subject: DecisionSubject = "link") {
  return useMutation(decideLinkMutation(linkId, subject));
}
