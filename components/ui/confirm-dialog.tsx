import { useId, type ReactNode } from "react";

/**
 * An inline confirmation before a consequential step: what it does (`title`, then `children`),
 * the button that goes ahead (disabled while `busy`, saying `busyLabel` if given) and the way back.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  testId,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid={testId}
    >
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      <div id={`${id}-body`}>{children}</div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={onConfirm}
          className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white disabled:opacity-40"
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800"
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
