"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/ui/error-alert";
import { fetchJson } from "@/lib/query/fetch-json";

/** "Edit": opens the link in the wizard (a wizard draft copied from it), for its owner. */
export function EditInWizardButton({ linkId }: { linkId: string }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const explain = useErrorText();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <span>
      <button
        type="button"
        disabled={busy}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 disabled:opacity-60"
        onClick={async () => {
          setBusy(true);
          try {
            const { draft } = await fetchJson<{ draft: { id: string } }>("/api/wizard-drafts", {
              method: "POST",
              body: { linkId },
            });
            router.push(`/links/new?draft=${draft.id}`);
          } catch (failure) {
            setBusy(false);
            setError(failure);
          }
        }}
      >
        {t("edit")}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {explain(error)}
        </span>
      ) : null}
    </span>
  );
}
