import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { decideRetirement } from "@/lib/data/retirement/decide-retirement";
import { approveBodySchema } from "@/lib/schemas/approval";

/** Body: `{ planHash, comment? }` — the teardown hash the approver reviewed (not the requester). */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const body = await readJson(request, approveBodySchema);
    return {
      link: await decideRetirement({
        db,
        id: params.id,
        actor: user,
        decision: "approve",
        ...body,
        meta,
      }),
    };
  },
  { permission: "link.approve" },
);
