import { useTranslations, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { useId, type ReactNode } from "react";

type ConfirmWords = Record<"title" | "confirm" | "busy" | "cancel", string>;

/** The message namespaces (at any depth) that word a confirmation: `title`, `confirm`, `busy`, `cancel`. */
type ConfirmMessages = {
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
 * while busy) and the way back (`cancel`).
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
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid={testId}
    >
      <p id={`${id}-title`} className="font-semibold">
        {t(`${messages}.title`)}
      </p>
      <div id={`${id}-body`}>{children}</div>
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
