"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { RegisterOptions } from "react-hook-form";
import { apiNameOf } from "@/lib/design/wizard/api-name";
import { useIssueText } from "./use-issue-text";
import { useWizard, type WizardForm, type WizardPath } from "./wizard-context";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** The error (and design findings) at one field, in the person's language. */
export function FieldMessages({ path }: { path: string }) {
  const { check, showErrorsFor } = useWizard();
  const issueText = useIssueText();
  const t = useTranslations();
  const issue = check.issues.find((i) => i.path === path);
  const findings = check.findings.filter((f) => f.path === path);
  return (
    <>
      {issue && showErrorsFor(path) ? (
        <span role="alert" className="mt-1 block text-xs text-red-700" data-field-error={path}>
          {issueText(issue.message)}
        </span>
      ) : null}
      {findings.map((f) => (
        <span
          key={f.rule}
          className={`mt-1 block text-xs ${f.severity === "block" ? "text-red-700" : f.severity === "warn" ? "text-amber-700" : "text-slate-600"}`}
          data-finding={f.rule}
        >
          {t(f.messageKey as never, f.params as never)}
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
      <FieldMessages path={path} />
    </label>
  );
}

function useFieldLabel(apiName: string, label?: string) {
  const t = useTranslations("wizard.fields");
  return label ?? (t.has(apiName as never) ? t(apiName as never) : apiName);
}

/** `apiName` only where it is not the one the path names (a name relative to a parameter group). */
type FieldProps = { path: WizardPath; apiName?: string; label?: string; hint?: ReactNode };

/** A field's API name and its label (the translated name of the parameter unless given). */
function useNames({ path, apiName = apiNameOf(path) ?? path, label }: FieldProps) {
  return { apiName, label: useFieldLabel(apiName, label) };
}

function useRegister(path: WizardPath, options: RegisterOptions<WizardForm>) {
  const { form, check, showErrorsFor } = useWizard();
  const invalid = showErrorsFor(path) && check.issues.some((i) => i.path === path);
  return { ...form.register(path, options), "aria-invalid": invalid };
}

export function TextField({
  path,
  apiName,
  label,
  hint,
  placeholder,
}: FieldProps & { placeholder?: string }) {
  const field = useRegister(path, {});
  return (
    <FieldShell path={path} {...useNames({ path, apiName, label })} hint={hint}>
      <input {...field} placeholder={placeholder} className={inputClass} autoComplete="off" />
    </FieldShell>
  );
}

const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

export function NumberField({
  path,
  apiName,
  label,
  hint,
  placeholder,
}: FieldProps & { placeholder?: string }) {
  const field = useRegister(path, { setValueAs: toNumber });
  return (
    <FieldShell path={path} {...useNames({ path, apiName, label })} hint={hint}>
      <input {...field} inputMode="numeric" placeholder={placeholder} className={inputClass} />
    </FieldShell>
  );
}

/**
 * A choice among the API's values. With `optional`, the first choice is "not set", which lets the
 * API's default apply (named when known).
 */
export function SelectField({
  path,
  apiName,
  label,
  hint,
  options,
  numeric,
  optional,
  apiDefault,
  optionLabel,
}: FieldProps & {
  options: readonly (string | number)[];
  numeric?: boolean;
  optional?: boolean;
  apiDefault?: string | number | undefined;
  optionLabel?: (value: string | number) => string;
}) {
  const t = useTranslations("wizard");
  const field = useRegister(path, {
    setValueAs: (value: unknown) =>
      value === "" ? undefined : numeric ? Number(value) : (value as string),
  });
  return (
    <FieldShell path={path} {...useNames({ path, apiName, label })} hint={hint}>
      <select {...field} className={inputClass}>
        {optional ? (
          <option value="">
            {apiDefault === undefined
              ? t("notSet")
              : t("apiDefault", { value: String(apiDefault) })}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel ? optionLabel(option) : option}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** An optional true/false: not set (API default), yes, no. */
export function BooleanField({
  path,
  apiName,
  label,
  hint,
  apiDefault,
}: FieldProps & { apiDefault?: boolean }) {
  const t = useTranslations("wizard");
  const field = useRegister(path, {
    setValueAs: (value: unknown) =>
      value === "" || value === undefined ? undefined : value === true || value === "true",
  });
  return (
    <FieldShell path={path} {...useNames({ path, apiName, label })} hint={hint}>
      <select {...field} className={inputClass}>
        <option value="">
          {apiDefault === undefined
            ? t("notSet")
            : t("apiDefault", { value: apiDefault ? t("yes") : t("no") })}
        </option>
        <option value="true">{t("yes")}</option>
        <option value="false">{t("no")}</option>
      </select>
    </FieldShell>
  );
}
