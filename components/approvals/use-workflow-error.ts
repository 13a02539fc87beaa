"use client";

import { useTranslations } from "next-intl";
import { apiErrorMessageKey } from "@/lib/query/fetch-json";

/** Explains a refused workflow request in the reader's language: the specific reason when given. */
export function useWorkflowError(): (error: unknown) => string {
  const t = useTranslations();
  return (error) => t(apiErrorMessageKey(error));
}
