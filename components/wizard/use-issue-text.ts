"use client";

import { useTranslations } from "next-intl";
import { useWizard } from "./wizard-context";

/** Shows a schema sentence (English, from the shared zod schemas) in the person's language. */
export function useIssueText(): (message: string) => string {
  const t = useTranslations();
  const { checker } = useWizard();
  return (message) => {
    const match = checker?.matchSchemaMessage(message);
    if (!match) return message;
    const params = Object.fromEntries(
      Object.entries(match.params).map(([name, value]) => {
        const term = checker?.termKeyOf(value);
        return [name, term ? t(`schemaTerms.${term}` as never) : value];
      }),
    );
    return t(match.key as never, params as never);
  };
}
