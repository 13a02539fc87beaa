import { withRoute } from "@/lib/api/with-route";
import { withdrawLink } from "@/lib/data/link-workflow";

/** The owner takes a submitted or rejected link back to draft; its approvals are voided. */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => ({
    link: await withdrawLink({ db, id: params.id, actor: user, meta }),
  }),
  { permission: "link.submit" },
);
