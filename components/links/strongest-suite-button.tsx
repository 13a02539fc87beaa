"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useSaveLinkDesign } from "@/lib/query/use-link";

/**
 * Saves the draft with the strongest suite both ends support (withStrongestSuite, computed by the
 * page from the stored design). The body has no `psk`, so the stored key is kept.
 */
export function StrongestSuiteButton({ linkId, design }: { linkId: string; design: object }) {
  const t = useTranslations("findings");
  const router = useRouter();
  const apply = useSaveLinkDesign(linkId);
  return (
    <div className="mt-3">
      <button
        type="button"
        onClick={() => apply.mutate(design, { onSuccess: () => router.refresh() })}
        disabled={apply.isPending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-40"
      >
        {apply.isPending ? t("fixing") : t("fix")}
      </button>
      <p className="mt-1 text-xs text-slate-600">{t("fixHint")}</p>
      <ErrorAlert
        error={apply.error}
        text={(message) => t("fixFailed", { message })}
        className="mt-1 text-xs"
      />
    </div>
  );
}
