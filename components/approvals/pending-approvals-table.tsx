import { getTranslations } from "next-intl/server";
import type { PendingApproval } from "@/lib/data/link-workflow";
import { readStoredLinkDesignShape } from "@/lib/design/link/stored-design";
import { billingSummary } from "@/lib/design/billing";
import { DataTable } from "@/components/ui/data-table";
import { BillingSummaryList } from "@/components/billing/billing-summary-list";
import { ReviewNameCell, WaitingSinceCell } from "./review-cells";

/** Links waiting for the reader's review: age, requester, billing impact, approvals so far. */
export async function PendingApprovalsTable({
  pending,
  now,
}: {
  pending: PendingApproval[];
  now: Date;
}) {
  const t = await getTranslations("approvals.list");
  const l = await getTranslations("links");
  return (
    <DataTable
      testId="approvals-table"
      columns={[t("name"), t("requester"), t("age"), t("billing"), t("approvals")]}
      rows={pending}
      empty={t("empty")}
      renderRow={(link) => (
        <tr key={link.id} className="align-top" data-testid="approval-row">
          <ReviewNameCell
            href={`/approvals/${link.id}`}
            name={link.name}
            detail={l(`kinds.${link.kind as "gateway"}`)}
          />
          <td className="px-3 py-2">{link.owner.email}</td>
          <WaitingSinceCell since={link.submittedAt} now={now} />
          <td className="px-3 py-2">
            <BillingSummaryList items={billingSummary(readStoredLinkDesignShape(link.design))} />
          </td>
          <td className="whitespace-nowrap px-3 py-2" data-testid="approval-progress">
            {t("progress", { approvals: link.approvals, required: link.requiredApprovals })}
          </td>
        </tr>
      )}
    />
  );
}
