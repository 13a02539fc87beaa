import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { decideLink } from "@/lib/data/link-workflow";
import { approveBodySchema } from "@/lib/schemas/approval";

/** Body: `{ planHash, comment? }` — the hash the approver reviewed. */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const body = await readJson(request, approveBodySchema);
    return {
      link: await decideLink({
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
