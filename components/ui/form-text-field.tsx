"use client";

import { useId, type InputHTMLAttributes } from "react";
import type { FieldPath, FieldValues, RegisterOptions, UseFormReturn } from "react-hook-form";
import { FieldMessage, formInputClass } from "./titled-form";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form">;

/**
 * A labelled text box for the field `name` of `form`: its hint (if any) is read out with it, its
 * schema message shows under it. Browsers offer no autofill unless `autoComplete` asks.
 */
export function FormTextField<Fields extends FieldValues>({
  form,
  name,
  rules,
  label,
  hint,
  ...input
}: {
  form: UseFormReturn<Fields>;
  name: FieldPath<Fields>;
  rules?: RegisterOptions<Fields, FieldPath<Fields>>;
  label: string;
  hint?: string;
} & InputProps) {
  const hintId = useId();
  return (
    <label className="text-sm text-slate-700">
      {label}
      <input
        autoComplete="off"
        aria-describedby={hint ? hintId : undefined}
        {...input}
        {...form.register(name, rules)}
        className={formInputClass}
      />
      {hint ? (
        <span id={hintId} className="mt-1 block text-xs text-slate-500">
          {hint}
        </span>
      ) : null}
      <FieldMessage messageKey={form.getFieldState(name, form.formState).error?.message} />
    </label>
  );
}
