"use client";

import { LinkWizard, type WizardStart } from "./link-wizard";
import { draftsCreatedHere } from "./use-autosave";

/**
 * Remounts the wizard only when the person opens another draft. The wizard's own first save puts
 * its new draft id in the address, which re-renders the page: that must not reset the form.
 */
export function WizardHost({ start }: { start: WizardStart }) {
  const key = start.draftId && !draftsCreatedHere.has(start.draftId) ? start.draftId : "new";
  return <LinkWizard key={key} start={start} />;
}
