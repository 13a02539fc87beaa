"use client";

import { LinkWizard } from "./link-wizard";
import { wizardKey, type WizardStart } from "./use-wizard-draft";

/** The wizard, remounted only when the person opens another draft (see wizardKey). */
export function WizardHost({ start }: { start: WizardStart }) {
  return <LinkWizard key={wizardKey(start)} start={start} />;
}
