"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { RegisterOptions } from "react-hook-form";
import { Options } from "@/components/ui/options";
import { findingMessageKey } from "@/components/design/finding-message-key";
import { apiNameOf } from "@/lib/design/wizard/api-name";
import { useIssueText } from "./use-issue-text";
import { useWizard, type WizardForm, type WizardPath } from "./wizard-context";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/**
 * The error (and design findings) at one field, in the person's language; given the field's
 * `label`, the error names the field by it where the schema names it by an API name (`apiNames`,
 * by default the one its path names).
 */
export function FieldMessages({
  path,
  label,
  apiNames = [apiNameOf(path) ?? ""],
}: {
  path: string;
  label?: string;
  apiNames?: readonly string[];
}) {
  const { check, showErrorsFor } = useWizard();
  const issueText = useIssueText();
  const t = useTranslations();
  const issue = check.issues.find((i) => i.path === path);
  const findings = check.findings.filter((f) => f.path === path);
  return (
    <>
      {issue && showErrorsFor(path) ? (
        <span role="alert" className="mt-1 block text-xs text-red-700" data-field-error={path}>
          {issueText(issue.message, label ? { label, apiNames } : undefined)}
        </span>
      ) : null}
      {findings.map((f) => (
        <span
          key={f.rule}
          className={`mt-1 block text-xs ${f.severity === "block" ? "text-red-700" : f.severity === "warn" ? "text-amber-700" : "text-slate-600"}`}
          data-finding={f.rule}
        >
          {t(findingMessageKey(f.messageKey), f.params)}
        </span>
      ))}
    </>
  );
}

/**
 * A labelled field: a friendly label, the API's own name beneath (by default the one its path
 * names, `apiNameOf`), the control, its messages.
 */
export function FieldShell({
  path,
  label,
  apiName = apiNameOf(path),
  hint,
  children,
}: {
  path: string;
  label: string;
  apiName?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <label className="block text-sm text-slate-800" data-path={path}>
      <span className="font-medium">{label}</span>
      {apiName ? <span className="ml-2 font-mono text-xs text-slate-500">{apiName}</span> : null}
      {children}
      {hint ? <span className="mt-1 block text-xs text-slate-600">{hint}</span> : null}
      <FieldMessages path={path} label={label} />
    </label>
  );
}

/**
 * The field's label: `label` when given, else its message under `wizard.fields` — never the key
 * itself (a missing message is reported by next-intl, and the wizard-labels test fails on it).
 */
function useFieldLabel(labelKey: string, label?: string) {
  const t = useTranslations("wizard.fields");
  return label ?? t(labelKey as never);
}

/**
 * `apiName` only where it is not the one the path names (a name relative to a parameter group);
 * `labelKey` (under `wizard.fields`) only where it is not the API name.
 */
type FieldProps = {
  path: WizardPath;
  apiName?: string;
  labelKey?: string;
  label?: string;
  hint?: ReactNode;
};

/**
 * One form field: what its FieldShell shows (the API name, the label — the translated name of the
 * parameter unless given — and the hint) and its registered control, marked invalid while its
 * error shows.
 */
function useField(
  { path, apiName = apiNameOf(path) ?? path, labelKey = apiName, label, hint }: FieldProps,
  options: RegisterOptions<WizardForm>,
) {
  const { form, check, showErrorsFor } = useWizard();
  const invalid = showErrorsFor(path) && check.issues.some((i) => i.path === path);
  return {
    shell: { path, apiName, hint, label: useFieldLabel(labelKey, label) },
    control: { ...form.register(path, options), "aria-invalid": invalid },
  };
}

/**
 * What the API does when a parameter is not sent: one documented value, or `disputed` when the
 * cloud's own docs name different ones (the wizard then names them all rather than pick one).
 */
export type ApiDefault = string | number | { disputed: readonly string[] };

/** The first choice of an optional select: not set, so the API's default (named when known) applies. */
function NotSetOption({ apiDefault }: { apiDefault: ApiDefault | undefined }) {
  const t = useTranslations("wizard");
  return (
    <option value="">
      {apiDefault === undefined
        ? t("notSet")
        : typeof apiDefault === "object"
          ? t("apiDefaultDisputed", { values: apiDefault.disputed.join(" / ") })
          : t("apiDefault", { value: String(apiDefault) })}
    </option>
  );
}

export function TextField({ placeholder, ...props }: FieldProps & { placeholder?: string }) {
  const { shell, control } = useField(props, {});
  return (
    <FieldShell {...shell}>
      <input {...control} placeholder={placeholder} className={inputClass} autoComplete="off" />
    </FieldShell>
  );
}

const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

export function NumberField({ placeholder, ...props }: FieldProps & { placeholder?: string }) {
  const { shell, control } = useField(props, { setValueAs: toNumber });
  return (
    <FieldShell {...shell}>
      <input {...control} inputMode="numeric" placeholder={placeholder} className={inputClass} />
    </FieldShell>
  );
}

/**
 * A choice among the API's values. With `optional`, the first choice is "not set", which lets the
 * API's default apply (named when known).
 */
export function SelectField({
  options,
  numeric,
  optional,
  apiDefault,
  optionLabel,
  ...props
}: FieldProps & {
  options: readonly (string | number)[];
  numeric?: boolean;
  optional?: boolean;
  apiDefault?: ApiDefault | undefined;
  optionLabel?: (value: string | number) => string;
}) {
  const { shell, control } = useField(props, {
    setValueAs: (value: unknown) =>
      value === "" ? undefined : numeric ? Number(value) : (value as string),
  });
  return (
    <FieldShell {...shell}>
      <select {...control} className={inputClass}>
        {optional ? <NotSetOption apiDefault={apiDefault} /> : null}
        <Options values={options} label={optionLabel} />
      </select>
    </FieldShell>
  );
}

/** An optional true/false: not set (API default), yes, no. */
export function BooleanField({ apiDefault, ...props }: FieldProps & { apiDefault?: boolean }) {
  const t = useTranslations("wizard");
  const { shell, control } = useField(props, {
    setValueAs: (value: unknown) =>
      value === "" || value === undefined ? undefined : value === true || value === "true",
  });
  return (
    <FieldShell {...shell}>
      <select {...control} className={inputClass}>
        <NotSetOption
          apiDefault={apiDefault === undefined ? undefined : apiDefault ? t("yes") : t("no")}
        />
        <option value="true">{t("yes")}</option>
        <option value="false">{t("no")}</option>
      </select>
    </FieldShell>
  );
}
