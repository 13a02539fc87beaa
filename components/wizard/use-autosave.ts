"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { fetchJson } from "@/lib/query/fetch-json";
import type { WizardDraft } from "@/lib/data/wizard-drafts";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import type { WizardForm } from "./wizard-context";

/** Draft ids this browser tab created by saving (their page re-render must not remount the wizard). */
export const draftsCreatedHere = new Set<string>();

export type SaveState = {
  status: "idle" | "pending" | "saving" | "saved" | "error";
  at?: Date;
  message?: string;
};

/**
 * Saves the form to the server as the person types (debounced) and on every step change; the
 * first save creates the draft and puts its id in the address, so a reload finds it again.
 */
export function useAutosave(options: {
  initialDraftId: string | undefined;
  values: WizardForm;
  step: WizardStep;
  enabled: boolean;
  onStoredPsk: () => void;
}) {
  const [draftId, setDraftId] = useState(options.initialDraftId);
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const latest = useRef({ values: options.values, step: options.step });
  useEffect(() => {
    latest.current = { values: options.values, step: options.step };
  });
  const idRef = useRef(draftId);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  // What the server has (values and step as one text), so "saved" means the latest change is there.
  const [savedSnapshot, setSavedSnapshot] = useState<string>();
  const { onStoredPsk } = options;

  const saveNow = useCallback((): Promise<string | undefined> => {
    const run = async () => {
      const saving = latest.current;
      setState({ status: "saving" });
      try {
        if (!idRef.current) {
          const created = await fetchJson<{ draft: WizardDraft }>("/api/wizard-drafts", {
            method: "POST",
            body: {},
          });
          idRef.current = created.draft.id;
          draftsCreatedHere.add(created.draft.id);
          setDraftId(created.draft.id);
          window.history.replaceState(null, "", `/links/new?draft=${created.draft.id}`);
        }
        const { draft } = await fetchJson<{ draft: WizardDraft }>(
          `/api/wizard-drafts/${idRef.current}`,
          {
            method: "PUT",
            body: { step: saving.step, data: saving.values },
          },
        );
        if (draft.hasPsk) onStoredPsk();
        setSavedSnapshot(JSON.stringify(saving.values) + saving.step);
        setState({ status: "saved", at: new Date() });
        return idRef.current;
      } catch (error) {
        setState({
          status: "error",
          message: error instanceof Error ? error.message : String(error),
        });
        return undefined;
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  }, [onStoredPsk]);

  const snapshot = JSON.stringify(options.values) + options.step;
  useEffect(() => {
    if (!options.enabled) return;
    const timer = setTimeout(() => void saveNow(), 600);
    return () => clearTimeout(timer);
  }, [snapshot, options.enabled, saveNow]);

  const shown: SaveState =
    state.status === "saving" || state.status === "error" || !options.enabled
      ? state
      : savedSnapshot !== snapshot
        ? { status: "pending" }
        : state;
  return { draftId, state: shown, saveNow };
}
