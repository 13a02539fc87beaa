"use client";

import { useEffect } from "react";
import { useWizard, type WizardPath } from "./wizard-context";

/** Clears a field the API refuses once its condition no longer holds (e.g. Period after POSTPAY). */
export function useClearWhen(path: WizardPath, condition: boolean) {
  const { form } = useWizard();
  useEffect(() => {
    if (condition && form.getValues(path) !== undefined)
      form.setValue(path, undefined, { shouldDirty: true });
  }, [condition, form, path]);
}
