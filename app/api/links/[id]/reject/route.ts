import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { decideLink } from "@/lib/data/link-workflow";
import { rejectBodySchema } from "@/lib/schemas/approval";

/** Body: `{ planHash, comment }` — a comment is required to reject. */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const body = await readJson(request, rejectBodySchema);
    return {
      link: await decideLink({ db, id: params.id, actor: user, decision: "reject", ...body, meta }),
    };
  },
  { permission: "link.approve" },
);
