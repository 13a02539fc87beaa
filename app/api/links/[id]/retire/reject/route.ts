import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { decideRetirement } from "@/lib/data/retirement/decide-retirement";
import { rejectBodySchema } from "@/lib/schemas/approval";

/** Body: `{ planHash, comment }` — the link goes back to active; the comment is required. */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const body = await readJson(request, rejectBodySchema);
    return {
      link: await decideRetirement({
        db,
        id: params.id,
        actor: user,
        decision: "reject",
        ...body,
        meta,
      }),
    };
  },
  { permission: "link.approve" },
);
