import { useId } from "react";

/**
 * A labelled multi-line text box with an optional hint and the message of what is wrong with it
 * (already in the reader's language); both are read out with the box.
 */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  rows,
  hint,
  error,
  errorTestId,
  className,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  hint?: string;
  error?: string;
  errorTestId?: string;
  className?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div className={className}>
      <label className="block">
        {label}
        <textarea
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          rows={rows}
          aria-invalid={error ? true : undefined}
          aria-describedby={described.length > 0 ? described.join(" ") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 block text-xs text-slate-500">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span
          id={`${id}-error`}
          className="mt-1 block text-xs text-red-700"
          data-testid={errorTestId}
        >
          {error}
        </span>
      ) : null}
    </div>
  );
}
