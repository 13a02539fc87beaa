import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/api/with-route";
import { getLinkExecutionView } from "@/lib/execution/link-execution-view";

/** The link's latest execution, step by step (polled by the link page until terminal). */
export const GET = withRoute<{ id: string }>(
  async ({ params, db, user }) => {
    const view = await getLinkExecutionView({ db, linkId: params.id, viewer: user });
    if (!view) throw new AppError("not_found", "No such link.");
    return view;
  },
  { permission: "link.read" },
);
