"use client";

import { BooleanField, NumberField, SelectField, TextField, type ApiDefault } from "./fields";
import type { WizardPath } from "./wizard-context";

/**
 * One API parameter as a form field: its name (under the list's prefix, also its label's key under
 * `wizard.fields`), how it is edited, and `apiName` where the API calls it otherwise than `name`.
 */
export type FieldSpec = { apiName?: string } & (
  | {
      kind: "select";
      name: string;
      options: readonly (string | number)[];
      numeric?: boolean;
      optional?: boolean;
      apiDefault?: ApiDefault | undefined;
    }
  | { kind: "number"; name: string; placeholder?: string }
  | { kind: "text"; name: string; placeholder?: string }
  | { kind: "boolean"; name: string; apiDefault?: boolean }
);

/** Renders API parameters from their specs: `${prefix}.${name}` is the form path. */
export function FieldList({ prefix, specs }: { prefix: WizardPath; specs: readonly FieldSpec[] }) {
  return specs.map((spec) => {
    // The spec tables name API parameters as text; the schema, not the compiler, checks those.
    const names = {
      path: `${prefix}.${spec.name}` as WizardPath,
      apiName: spec.apiName ?? spec.name,
      labelKey: spec.name,
    };
    switch (spec.kind) {
      case "select":
        return (
          <SelectField
            key={spec.name}
            {...names}
            options={spec.options}
            numeric={spec.numeric}
            optional={spec.optional}
            apiDefault={spec.apiDefault}
          />
        );
      case "number":
        return <NumberField key={spec.name} {...names} placeholder={spec.placeholder} />;
      case "text":
        return <TextField key={spec.name} {...names} placeholder={spec.placeholder} />;
      case "boolean":
        return <BooleanField key={spec.name} {...names} apiDefault={spec.apiDefault} />;
    }
  });
}
