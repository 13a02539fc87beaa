import { withRoute } from "@/lib/api/with-route";
import { finishWizardDraft } from "@/lib/data/wizard-drafts";

/** Saves the draft as a link (validated like POST /api/links; 422 with field errors). */
export const POST = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => {
    const link = await finishWizardDraft({ db, id: params.id, actor: user, meta });
    return Response.json({ link }, { status: 201 });
  },
  { permission: "link.create" },
);
