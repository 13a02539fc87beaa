import { getTranslations } from "next-intl/server";
import type { PendingTeardown } from "@/lib/data/retirement/pending-teardowns";
import { DataTable } from "@/components/ui/data-table";
import { TitledSection } from "@/components/ui/titled-section";
import { ReviewNameCell, WaitingSinceCell } from "./review-cells";

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
            <ReviewNameCell
              href={`/links/${teardown.linkId}`}
              name={teardown.name}
              detail={t(`kinds.${teardown.kind}`)}
            />
            <td className="px-3 py-2">
              {t("counts", { deletes: teardown.deletes, kept: teardown.kept })}
            </td>
            <td className="px-3 py-2">{teardown.requester.email}</td>
            <WaitingSinceCell since={teardown.requestedAt} now={now} />
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
