"use client";

import { useTranslations } from "next-intl";
import { ApiError, apiErrorKey } from "@/lib/query/fetch-json";

const REASON_PREFIX = "approvals.errors.";

/** Explains a refused workflow request in the reader's language: the specific reason when given. */
export function useWorkflowError(): (error: unknown) => string {
  const t = useTranslations();
  const apiError = useTranslations("apiErrors");
  return (error) => {
    const reason = error instanceof ApiError ? error.issues[0]?.message : undefined;
    if (reason?.startsWith(REASON_PREFIX)) return t(reason as "approvals.errors.ownLink");
    return apiError(apiErrorKey(error));
  };
}
