import { withRoute } from "@/lib/api/with-route";
import { retryExecution } from "@/lib/execution/retry-execution";

/** Owner only: queue a failed link's execution again from its failed step(s). */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) =>
    retryExecution({ db, linkId: params.id, actor: user, meta }),
  { permission: "link.submit" },
);
