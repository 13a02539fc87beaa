"use client";

import { useState, type ReactNode } from "react";
import { ConfirmDialog, type ConfirmMessages } from "./confirm-dialog";
import { ErrorAlert } from "./error-alert";

/**
 * A button for a step that cannot be taken back (discard, retire): it opens a confirmation worded
 * from `messages` with `children` as its body, and shows the request's error under it. Disabled
 * while the confirmation is open and once the step succeeded.
 */
export function ConfirmedActionButton({
  label,
  messages,
  testId,
  request,
  onConfirm,
  children,
}: {
  label: string;
  messages: ConfirmMessages;
  /** The confirmation's test id. */
  testId: string;
  /** The mutation the confirmation sends. */
  request: { isPending: boolean; isSuccess: boolean; error: unknown };
  onConfirm: () => void;
  children: ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={confirming || request.isSuccess}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-rose-300 px-4 py-2 text-rose-800 disabled:opacity-50"
      >
        {label}
      </button>
      {confirming && !request.isSuccess ? (
        <ConfirmDialog
          testId={testId}
          messages={messages}
          busy={request.isPending}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        >
          {children}
        </ConfirmDialog>
      ) : null}
      <ErrorAlert error={request.error} />
    </div>
  );
}
