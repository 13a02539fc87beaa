import { useTranslations, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { useId, type ReactNode } from "react";

type ConfirmWords = Record<"title" | "confirm" | "cancel", string>;

/** The message namespaces (at any depth) that word a confirmation: `title`, `confirm`, `cancel`. */
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
 * (`title`, then `children`), the button that goes ahead (`confirm`; disabled while `busy`, saying
 * `busy` then if the namespace has it) and the way back (`cancel`).
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
  // ConfirmMessages has checked title, confirm and cancel; `busy` is optional, so it is asked for.
  const t = useTranslations(messages) as unknown as ((key: string) => string) & {
    has: (key: string) => boolean;
  };
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
        {t("title")}
      </p>
      <div id={`${id}-body`}>{children}</div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={onConfirm}
          className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white disabled:opacity-40"
        >
          {busy && t.has("busy") ? t("busy") : t("confirm")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800"
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
