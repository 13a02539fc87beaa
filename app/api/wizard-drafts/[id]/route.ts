import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { discardWizardDraft, getWizardDraft, saveWizardDraft } from "@/lib/data/wizard-drafts";
import { wizardDraftSaveSchema } from "@/lib/schemas/link/wizard-draft";

export const GET = withRoute<{ id: string }>(
  async ({ params, db, user }) => ({
    draft: await getWizardDraft({ db, id: params.id, actor: user }),
  }),
  { permission: "link.create" },
);

/** Body: `{ step, data }`, the form as typed; a `psk` inside is stored encrypted, never echoed. */
export const PUT = withRoute<{ id: string }>(
  async ({ request, params, db, user }) => {
    const save = await readJson(request, wizardDraftSaveSchema);
    return { draft: await saveWizardDraft({ db, id: params.id, actor: user, save }) };
  },
  { permission: "link.create" },
);

export const DELETE = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) => {
    await discardWizardDraft({ db, id: params.id, actor: user, meta });
    return new Response(null, { status: 204 });
  },
  { permission: "link.create" },
);
