import { z } from "zod";
import { refineJsonText } from "../text";

/** The wizard's steps, in order; which ones a design shows depends on its kind (lib/design/wizard-steps.ts). */
export const WIZARD_STEPS = ["kind", "where", "gateway", "peer", "tunnel", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** 256 KiB of JSON is far more than any design; a bigger body is a mistake or an attack. */
const MAX_DATA_BYTES = 256 * 1024;

/**
 * What the wizard saves as the requester goes: the step they are on and the form as typed. The
 * form is not a valid design yet (that is checked on finishing, with `linkDesignSchema`), so
 * only its outline is checked here.
 */
export const wizardDraftSaveSchema = z.object({
  step: z.enum(WIZARD_STEPS, { error: `step must be one of: ${WIZARD_STEPS.join(", ")}` }),
  data: z
    .record(z.string(), z.unknown(), { error: "data must be an object" })
    .refine(
      (data) => new TextEncoder().encode(JSON.stringify(data)).length <= MAX_DATA_BYTES,
      "data must be at most 256 KiB of JSON",
    )
    .superRefine(refineJsonText("data")),
});

export type WizardDraftSave = z.infer<typeof wizardDraftSaveSchema>;

/** Starting a draft: from scratch, or from an existing link to edit it. */
export const wizardDraftCreateSchema = z.object({
  linkId: z.uuid({ error: "linkId must be a link id" }).optional(),
});
