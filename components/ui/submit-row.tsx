import { ErrorAlert } from "./error-alert";

/** A button beside the main one (reveal, copy, dismiss): outlined, quieter. */
export const secondaryButtonClass =
  "rounded-md border border-slate-300 px-3 py-1 text-slate-700 disabled:opacity-40";

export const primaryButtonClass =
  "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";

/** A form's submit button: disabled and saying `pendingLabel` while the request runs. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  wide,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  wide?: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={wide ? `w-full ${primaryButtonClass}` : primaryButtonClass}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A form's last row: its submit button, pending while `request` (what the form sends) runs, then
 * what became of the last submission: `done`, or the request's error put into `errorText`.
 */
export function SubmitRow({
  request,
  done,
  errorText,
  ...button
}: Omit<Parameters<typeof SubmitButton>[0], "pending"> & {
  request: { isPending: boolean; error: unknown };
  /** Said once the submission went through (a status, read out politely). */
  done?: string | undefined;
  errorText: (message: string) => string;
}) {
  return (
    <div className="mt-4 flex items-center gap-3">
      <SubmitButton pending={request.isPending} {...button} />
      {done ? (
        <p role="status" className="text-sm text-green-700">
          {done}
        </p>
      ) : null}
      <ErrorAlert error={request.error} text={errorText} />
    </div>
  );
}
