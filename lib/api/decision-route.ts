import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import type { DecisionOptions } from "@/lib/data/link-action";
import { approveBodySchema, rejectBodySchema } from "@/lib/schemas/approval";

/**
 * The POST handler of an approve or reject route (`link.approve`): the body is the plan hash the
 * approver reviewed, with a comment (required to reject), and `decide` records it — on the link's
 * plan or on its teardown.
 */
export const decisionRoute = (
  decision: DecisionOptions["decision"],
  decide: (options: DecisionOptions) => Promise<unknown>,
) =>
  withRoute<{ id: string }>(
    async ({ request, params, db, user, meta }) => {
      const body = await readJson(
        request,
        decision === "approve" ? approveBodySchema : rejectBodySchema,
      );
      return { link: await decide({ db, id: params.id, actor: user, decision, ...body, meta }) };
    },
    { permission: "link.approve" },
  );
