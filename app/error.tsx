"use client";

import { useTranslations } from "next-intl";
import { StatusPage } from "@/components/ui/status-page";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("error");
  return (
    <StatusPage title={t("title")} body={t("body")}>
      {error.digest ? <code className="mt-2 block text-sm">{error.digest}</code> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white"
      >
        {t("retry")}
      </button>
    </StatusPage>
  );
}
