"use client";

import { useId, type ReactNode } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { FieldMessage } from "./titled-form";

/**
 * A named group of checkboxes for the array field `name` of `form`, with its hint (if any) read
 * out with the group and the field's schema message under it.
 */
export function CheckboxGroup<Fields extends FieldValues>({
  form,
  name,
  legend,
  hint,
  options,
}: {
  form: UseFormReturn<Fields>;
  name: FieldPath<Fields>;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: ReactNode }[];
}) {
  const hintId = useId();
  const registration = form.register(name);
  return (
    <>
      <fieldset className="mt-4 text-sm" aria-describedby={hint ? hintId : undefined}>
        <legend className="text-slate-700">{legend}</legend>
        {hint ? (
          <p id={hintId} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : null}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.map(({ value, label }) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" value={value} {...registration} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldMessage messageKey={form.getFieldState(name, form.formState).error?.message} />
    </>
  );
}
