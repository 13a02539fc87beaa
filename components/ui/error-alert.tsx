"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { apiErrorMessageKey } from "@/lib/query/fetch-json";

/** Explains a failed request in the reader's language: its specific refusal when the answer gave one. */
export function useErrorText(): (error: unknown) => string {
  const t = useTranslations();
  return (error) => t(apiErrorMessageKey(error));
}

/**
 * A failed request, said in the reader's language (nothing while there is no error): `text` puts
 * the explanation into the screen's own sentence, `children` add details under it.
 */
export function ErrorAlert({
  error,
  text = (message) => message,
  className = "text-sm",
  children,
}: {
  error: unknown;
  text?: (message: string) => string;
  className?: string;
  children?: ReactNode;
}) {
  const explain = useErrorText();
  if (!error) return null;
  return (
    <div role="alert" className={`text-red-700 ${className}`}>
      <p>{text(explain(error))}</p>
      {children}
    </div>
  );
}
