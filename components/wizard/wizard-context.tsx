"use client";

import { createContext, useContext } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { FormCheck } from "@/lib/design/wizard/check-form";
import type * as Checker from "@/lib/design/wizard/checker";

/** React Hook Form addresses any dotted path of a half-typed design only with an open record. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WizardForm = Record<string, any>;

/** What every step needs: the form, the live check of it, and which errors to show yet. */
export type WizardContextValue = {
  form: UseFormReturn<WizardForm>;
  check: FormCheck;
  /** Errors show once a field was touched or the person tried to leave the step. */
  showErrorsFor: (path: string) => boolean;
  hasStoredPsk: boolean;
  /** The lazily loaded checker (zod schemas, design checks, message templates); undefined until loaded. */
  checker: typeof Checker | undefined;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard must be used inside the link wizard");
  return value;
}
