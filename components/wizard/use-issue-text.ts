"use client";

import { useTranslations } from "next-intl";
import { useWizard } from "./wizard-context";

/** The field a message is shown at: its label, and the API names the schemas' sentences use for it. */
export type IssueField = { label: string; apiNames: readonly string[] };

/**
 * Shows a schema sentence (English, from the shared zod schemas) in the person's language. Shown
 * at a field, the sentence names that field by its label ("Gateway name is required"), not by the
 * API name the schema uses ("VpnGatewayName"), which the form shows beside the label.
 */
export function useIssueText(): (message: string, at?: IssueField) => string {
  const t = useTranslations();
  const { checker } = useWizard();
  return (message, at) => {
    const match = checker?.matchSchemaMessage(message);
    if (!match) return message;
    const params = Object.fromEntries(
      Object.entries(match.params).map(([name, value]) => {
        // A schema may name a nested field by its dotted path (SecurityPolicyDatabases.LocalCidrBlock).
        const named =
          at?.apiNames.includes(value) || at?.apiNames.includes(value.split(".").at(-1)!);
        if (name === "field" && at && named) return [name, at.label];
        const term = checker?.termKeyOf(value);
        return [name, term ? t(`schemaTerms.${term}` as never) : value];
      }),
    );
    return t(match.key as never, params as never);
  };
}
