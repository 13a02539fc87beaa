import { z } from "zod";
import { wizardDraftCreateSchema, wizardDraftSaveSchema } from "@/lib/schemas/link/wizard-draft";
import { linkDetailSchema } from "@/lib/schemas/link/link-views";
import { idPath, jsonObject } from "./common";
import type { ApiRoutes } from "./operation";

const draft = jsonObject(
  "WizardDraft",
  "A wizard draft: its step and the form as typed, never the key.",
);

export const WIZARD_DRAFT_ROUTES: ApiRoutes = {
  "/api/wizard-drafts": {
    get: {
      summary: "List your wizard drafts",
      access: "link.create",
      answer: { description: "Your drafts.", schema: z.object({ drafts: z.array(draft) }) },
    },
    post: {
      summary: "Start a wizard draft",
      description: "`{}` for a new design, or `{ linkId }` to edit one of your links.",
      access: "link.create",
      body: wizardDraftCreateSchema,
      answer: { status: 201, description: "The new draft.", schema: z.object({ draft }) },
      errors: ["not_found", "conflict"],
    },
  },
  "/api/wizard-drafts/{id}": {
    get: {
      summary: "Read a wizard draft",
      access: "link.create",
      path: idPath,
      answer: { description: "The draft.", schema: z.object({ draft }) },
      errors: ["not_found"],
    },
    put: {
      summary: "Save a wizard draft",
      description: "The form as typed; a `psk` inside is stored encrypted, never echoed.",
      access: "link.create",
      path: idPath,
      body: wizardDraftSaveSchema,
      answer: { description: "The saved draft.", schema: z.object({ draft }) },
      errors: ["not_found"],
    },
    delete: {
      summary: "Discard a wizard draft",
      access: "link.create",
      path: idPath,
      answer: { status: 204, description: "Discarded." },
      errors: ["not_found"],
    },
  },
  "/api/wizard-drafts/{id}/finish": {
    post: {
      summary: "Save a draft as a link",
      description: "Validated like `POST /api/links` (422 with field errors).",
      access: "link.create",
      path: idPath,
      answer: {
        status: 201,
        description: "The link.",
        schema: z.object({ link: linkDetailSchema }),
      },
      errors: ["not_found", "conflict"],
    },
  },
};
