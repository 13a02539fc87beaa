"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEventHandler, type ReactNode } from "react";
import { cardClass } from "./titled-section";

/** A text box or select of a settings form. */
export const formInputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

/** A form on a card, named by its heading (`aria-labelledby`); the browser's own checks are off. */
export function TitledForm({
  title,
  onSubmit,
  testId,
  children,
}: {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  testId?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <form
      onSubmit={onSubmit}
      className={cardClass}
      aria-labelledby={id}
      data-testid={testId}
      noValidate
    >
      <h3 id={id} className="font-semibold text-slate-900">
        {title}
      </h3>
      {children}
    </form>
  );
}

/** A field's schema message (a key under "validation"), in the reader's language; nothing if none. */
export function FieldMessage({ messageKey }: { messageKey: string | undefined }) {
  const t = useTranslations();
  if (!messageKey) return null;
  return (
    <span className="mt-1 block text-xs text-red-700">{t(messageKey as "validation.email")}</span>
  );
}
