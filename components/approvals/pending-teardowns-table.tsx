import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingTeardown } from "@/lib/data/retirement/pending-teardowns";
import { DataTable } from "@/components/ui/data-table";
import { TitledSection } from "@/components/ui/titled-section";

/**
 * Retirements and clean-ups waiting for the reader's review, under the links: what the teardown
 * deletes and leaves, who asked and when, approvals so far. Decided on the link's page.
 */
export async function PendingTeardownsTable({
  pending,
  now,
}: {
  pending: PendingTeardown[];
  now: Date;
}) {
  const t = await getTranslations("approvals.teardowns");
  const format = await getFormatter();
  return (
    <TitledSection title={t("title")} intro={t("intro")} className="mt-8 space-y-3">
      <DataTable
        testId="teardowns-table"
        columns={[t("name"), t("what"), t("requester"), t("age"), t("approvals")]}
        rows={pending}
        empty={t("empty")}
        renderRow={(teardown) => (
          <tr
            key={teardown.linkId}
            className="align-top"
            data-testid="teardown-row"
            data-kind={teardown.kind}
          >
            <td className="px-3 py-2">
              <a
                href={`/links/${teardown.linkId}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {teardown.name}
              </a>
            </td>
            <td className="px-3 py-2">
              <div>{t(`kinds.${teardown.kind}`)}</div>
              <div className="text-xs text-slate-500">
                {t("counts", { deletes: teardown.deletes, kept: teardown.kept })}
              </div>
            </td>
            <td className="px-3 py-2">{teardown.requester.email}</td>
            <td className="whitespace-nowrap px-3 py-2 text-slate-600">
              <time dateTime={teardown.requestedAt.toISOString()}>
                {format.relativeTime(teardown.requestedAt, now)}
              </time>
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {t("progress", {
                approvals: teardown.approvals,
                required: teardown.requiredApprovals,
              })}
            </td>
          </tr>
        )}
      />
    </TitledSection>
  );
}
