"use client";

import { useCallback, useState } from "react";
import { fetchJson } from "@/lib/query/fetch-json";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import { draftsCreatedHere, useAutosave } from "./use-autosave";
import type { WizardForm } from "./wizard-context";

/**
 * Where the wizard starts: a new design, or the draft the page loaded (its id, the link it edits,
 * the step and values it was left at, whether it holds a pre-shared key).
 */
export type WizardStart = {
  draftId?: string | undefined;
  linkId?: string | null | undefined;
  step: WizardStep;
  data: WizardForm;
  hasPsk: boolean;
};

/**
 * The wizard's identity: it changes only when the person opens another draft. The wizard's own
 * first save puts its new draft's id in the address, which re-renders the page: that must not
 * remount the wizard and reset the form.
 */
export function wizardKey(start: WizardStart): string {
  return start.draftId && !draftsCreatedHere.has(start.draftId) ? start.draftId : "new";
}

/** What became of finishing the draft: the link it became, or why not. */
export type FinishOutcome =
  | { status: "finished"; linkId: string }
  | { status: "notSaved" }
  | { status: "refused"; error: unknown };

/**
 * The wizard's draft on the server: resumes the one the page opened, saves the form as the person
 * goes (useAutosave, once a kind is chosen), finishes it into a link, or discards it.
 * `hasStoredPsk`: the draft holds a key (it did when opened, or a save sent one), so an empty key
 * box keeps that key.
 */
export function useWizardDraft({
  start,
  values,
  step,
}: {
  start: WizardStart;
  values: WizardForm;
  step: WizardStep;
}) {
  const [hasStoredPsk, setHasStoredPsk] = useState(start.hasPsk);
  const markStored = useCallback(() => setHasStoredPsk(true), []);
  const autosave = useAutosave({
    initialDraftId: start.draftId,
    values,
    step,
    enabled: Boolean(values.kind),
    onStoredPsk: markStored,
  });

  /** Saves the latest form, then asks the server to make the draft a link. */
  const finish = async (): Promise<FinishOutcome> => {
    const id = await autosave.saveNow();
    if (!id) return { status: "notSaved" };
    try {
      const { link } = await fetchJson<{ link: { id: string } }>(
        `/api/wizard-drafts/${id}/finish`,
        { method: "POST" },
      );
      return { status: "finished", linkId: link.id };
    } catch (error) {
      return { status: "refused", error };
    }
  };
  const discard = async () => {
    if (autosave.draftId) {
      await fetchJson(`/api/wizard-drafts/${autosave.draftId}`, { method: "DELETE" });
    }
  };
  return {
    draftId: autosave.draftId,
    saveState: autosave.state,
    hasStoredPsk,
    /** The draft edits an existing link (its finish saves the link's changes). */
    editsLink: Boolean(start.linkId),
    finish,
    discard,
  };
}
