import type { ReactNode } from "react";
import { ConfirmDialog, type ConfirmMessages } from "./confirm-dialog";
import { ErrorAlert } from "./error-alert";

/** What a confirmation shows of the mutation it sends. */
type ConfirmedRequest = { isPending: boolean; isSuccess: boolean; error: unknown };

/**
 * The confirmation of a request, worded from `messages` with `children` as its body: shown while
 * `open` until the request succeeded, busy while it runs; the request's error follows it.
 */
export function RequestConfirmation({
  open,
  request,
  messages,
  testId,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  /** The mutation the confirmation sends. */
  request: ConfirmedRequest;
  messages: ConfirmMessages;
  /** The confirmation's test id. */
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {open && !request.isSuccess ? (
        <ConfirmDialog
          testId={testId}
          messages={messages}
          busy={request.isPending}
          onConfirm={onConfirm}
          onCancel={onCancel}
        >
          {children}
        </ConfirmDialog>
      ) : null}
      <ErrorAlert error={request.error} />
    </>
  );
}
