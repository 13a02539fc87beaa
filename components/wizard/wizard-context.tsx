"use client";

import { createContext, useContext } from "react";
import type { DeepPartial, Path, UseFormReturn } from "react-hook-form";
import type { FormCheck } from "@/lib/design/wizard/check-form";
import type * as Checker from "@/lib/design/wizard/checker";
import type { LinkDesignInput } from "@/lib/schemas/link/design";

/** The wizard's form: a design in the making, every field of every kind possibly not set yet. */
export type WizardForm = DeepPartial<LinkDesignInput>;
/** A field of the form, as a dotted path React Hook Form checks against the design's type. */
export type WizardPath = Path<WizardForm>;
/** The fields of the form whose path ends in `${Tail}` (e.g. every `Tags` list). */
export type PathEndingIn<Tail extends string> = Extract<WizardPath, `${string}${Tail}`>;
/** A cloud side of the design: the one site, or each cloud of a cloud ↔ cloud link. */
export type SitePath = "site" | "tencent" | "alibaba";
/** A cloud side and its provider: the one site holds either, a cloud ↔ cloud link one of each. */
export type CloudSide =
  | { prefix: "site" | "tencent"; provider: "tencent" }
  | { prefix: "site" | "alibaba"; provider: "alibaba" };

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
