import { readOptionalJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { discardLink } from "@/lib/data/discard-link";
import { discardLinkBodySchema } from "@/lib/schemas/link/discard-link";

/**
 * The owner (or an admin) gives up a link that never ran (draft or rejected): it is kept as
 * `discarded`, its key erased. Body, optional: `{ reason }`.
 */
export const POST = withRoute<{ id: string }>(
  async ({ request, params, db, user, meta }) => {
    const { reason } = await readOptionalJson(request, discardLinkBodySchema);
    return { link: await discardLink({ db, id: params.id, actor: user, reason, meta }) };
  },
  { permission: "link.create" },
);
