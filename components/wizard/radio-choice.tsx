"use client";

import type { ReactNode } from "react";

/**
 * One choice among a few, as radio buttons: each option's label is `render(option)`, its look
 * `optionClass(checked)`. With a `legend`, the group is a fieldset so the question is read out with
 * each choice; `children` (a hint, its messages) follow the choices inside it.
 */
export function RadioChoice<Option extends string>({
  name,
  options,
  value,
  onChoose,
  render,
  legend,
  layout = "flex gap-3 text-sm",
  optionClass = () => "flex items-center gap-2",
  children,
}: {
  name: string;
  options: readonly Option[];
  value: Option | undefined;
  onChoose: (option: Option) => void;
  render: (option: Option) => ReactNode;
  legend?: string;
  layout?: string;
  optionClass?: (checked: boolean) => string;
  children?: ReactNode;
}) {
  const radios = (
    <div className={legend ? `mt-2 ${layout}` : layout}>
      {options.map((option) => (
        <label key={option} className={optionClass(option === value)}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onChoose(option)}
          />
          {render(option)}
        </label>
      ))}
    </div>
  );
  if (!legend) return radios;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {radios}
      {children}
    </fieldset>
  );
}
