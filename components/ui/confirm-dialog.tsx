import { useTranslations, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { FocusTrap } from "focus-trap";
import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from "react";

type ConfirmWords = Record<"title" | "confirm" | "busy" | "cancel", string>;

/** The message namespaces (at any depth) that word a confirmation: `title`, `confirm`, `busy`, `cancel`. */
export type ConfirmMessages = {
  [Namespace in NamespaceKeys<IntlMessages, NestedKeyOf<IntlMessages>>]: MessagesAt<
    IntlMessages,
    Namespace
  > extends ConfirmWords
    ? Namespace
    : never;
}[NamespaceKeys<IntlMessages, NestedKeyOf<IntlMessages>>];

type MessagesAt<Messages, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Messages
    ? MessagesAt<Messages[Head], Rest>
    : never
  : Path extends keyof Messages
    ? Messages[Path]
    : never;

/**
 * An inline confirmation before a consequential step, worded from `messages`: what it does
 * (`title`, then `children`), the button that goes ahead (`confirm`; disabled and saying `busy`
 * while busy) and the way back (`cancel`). While open it keeps the keyboard focus (focus-trap):
 * first on its first field, else on `cancel`; Escape cancels; when it closes, focus returns to
 * the control that opened it.
 */
export function ConfirmDialog({
  messages,
  children,
  busy,
  onConfirm,
  onCancel,
  testId,
}: {
  messages: ConfirmMessages;
  children: ReactNode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  // Whole keys: for every namespace ConfirmMessages allows, `${messages}.title` is a message key.
  const t = useTranslations();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const cancelOnEscape = useEffectEvent(() => onCancel());
  useEffect(() => {
    // focus-trap loads with the first dialog, not with every page that could open one. The
    // control to give focus back to is read now: by the time the trap is loaded, that control
    // may be disabled (as ConfirmedActionButton's is) and have lost the focus.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let trap: FocusTrap | undefined;
    let closed = false;
    void import("focus-trap").then(({ createFocusTrap }) => {
      if (closed || !dialog.current) return;
      trap = createFocusTrap(dialog.current, {
        initialFocus: () =>
          body.current?.querySelector<HTMLElement>("input, textarea, select") ?? cancel.current!,
        fallbackFocus: () => dialog.current!,
        escapeDeactivates: () => {
          cancelOnEscape();
          return false; // the trap ends when the dialog is gone, which then returns focus
        },
        allowOutsideClick: true,
        returnFocusOnDeactivate: true,
        ...(opener ? { setReturnFocus: opener } : {}),
        tabbableOptions: { displayCheck: "none" },
      });
      trap.activate();
    });
    return () => {
      closed = true;
      if (trap) trap.deactivate();
      else opener?.focus();
    };
  }, []);
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid={testId}
    >
      <p id={`${id}-title`} className="font-semibold">
        {t(`${messages}.title`)}
      </p>
      <div id={`${id}-body`} ref={body}>
        {children}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={onConfirm}
          className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white disabled:opacity-40"
        >
          {busy ? t(`${messages}.busy`) : t(`${messages}.confirm`)}
        </button>
        <button
          ref={cancel}
          type="button"
          disabled={busy}
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800"
        >
          {t(`${messages}.cancel`)}
        </button>
      </div>
    </div>
  );
}
