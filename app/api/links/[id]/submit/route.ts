import { withRoute } from "@/lib/api/with-route";
import { submitLink } from "@/lib/data/link-workflow";

/** The owner submits a draft for approval: the plan and its hash are frozen. */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => ({
    link: await submitLink({ db, id: params.id, actor: user, meta }),
  }),
  { permission: "link.submit" },
);
