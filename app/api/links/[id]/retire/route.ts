import { withRoute } from "@/lib/api/with-route";
import { requestRetirement } from "@/lib/data/retirement/request-retirement";

/**
 * "Retire link": the owner (or an admin) asks for the teardown of an active link — exactly what it
 * created, in dependency order — which then waits for another approver. No body.
 */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => ({
    link: await requestRetirement({ db, id: params.id, actor: user, meta }),
  }),
  { permission: "link.create" },
);
