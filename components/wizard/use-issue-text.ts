"use client";

import { useTranslations } from "next-intl";
import { matchSchemaMessage, termKeyOf } from "@/lib/i18n/schema-message";

/** Shows a schema sentence (English, from the shared zod schemas) in the person's language. */
export function useIssueText(): (message: string) => string {
  const t = useTranslations();
  return (message) => {
    const match = matchSchemaMessage(message);
    if (!match) return message;
    const params = Object.fromEntries(
      Object.entries(match.params).map(([name, value]) => {
        const term = termKeyOf(value);
        return [name, term ? t(`schemaTerms.${term}` as never) : value];
      }),
    );
    return t(match.key as never, params as never);
  };
}
