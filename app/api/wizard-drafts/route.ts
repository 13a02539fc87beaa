import { createRoute } from "@/lib/api/create-route";
import { withRoute } from "@/lib/api/with-route";
import { createWizardDraft, listWizardDrafts } from "@/lib/data/wizard-drafts";
import { wizardDraftCreateSchema } from "@/lib/schemas/link/wizard-draft";

export const GET = withRoute(
  async ({ db, user }) => ({ drafts: await listWizardDrafts({ db, actor: user }) }),
  {
    permission: "link.create",
  },
);

/** Body: `{}` for a new design, or `{ linkId }` to edit one of your links in the wizard. */
export const POST = createRoute(
  wizardDraftCreateSchema,
  async ({ linkId }, { db, user }) => ({
    draft: await createWizardDraft({ db, owner: user, linkId }),
  }),
  { permission: "link.create" },
);
