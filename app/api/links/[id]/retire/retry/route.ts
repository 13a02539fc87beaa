import { withRoute } from "@/lib/api/with-route";
import { retryRetirement } from "@/lib/execution/retry-retirement";

/** The owner (or an admin) runs a failed teardown again from its failed step(s). No body. */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => ({
    link: await retryRetirement({ db, id: params.id, actor: user, meta }),
  }),
  { permission: "link.create" },
);
