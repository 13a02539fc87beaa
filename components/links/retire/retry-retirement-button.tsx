"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRetirement } from "@/lib/query/use-link-retirement";

/** Runs a failed teardown again from its failed step (deletes already done are not sent again). */
export function RetryRetirementButton({ linkId }: { linkId: string }) {
  const t = useTranslations("links.retire");
  const router = useRouter();
  const retry = useRetirement(linkId, "retry");
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={retry.isPending || retry.isSuccess}
        onClick={() => retry.mutate(undefined, { onSuccess: () => router.refresh() })}
        className="rounded-md bg-brand-700 px-4 py-2 text-white disabled:opacity-50"
      >
        {retry.isPending ? t("retrying") : t("retry")}
      </button>
      <ErrorAlert error={retry.error} />
    </div>
  );
}
