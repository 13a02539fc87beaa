"use client";

import { useState, type ComponentProps } from "react";
import { RequestConfirmation } from "./request-confirmation";

/**
 * A button for a step that cannot be taken back (discard, retire): it opens a confirmation worded
 * from `messages` with `children` as its body, and shows the request's error under it. Disabled
 * while the confirmation is open and once the step succeeded.
 */
export function ConfirmedActionButton({
  label,
  ...confirmation
}: { label: string } & Omit<ComponentProps<typeof RequestConfirmation>, "open" | "onCancel">) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={confirming || confirmation.request.isSuccess}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-rose-300 px-4 py-2 text-rose-800 disabled:opacity-50"
      >
        {label}
      </button>
      <RequestConfirmation
        {...confirmation}
        open={confirming}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
