import { getTranslations } from "next-intl/server";
import { PendingApprovalsTable } from "@/components/approvals/pending-approvals-table";
import { PendingTeardownsTable } from "@/components/approvals/pending-teardowns-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { PagedResults } from "@/components/ui/paged-results";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listPendingApprovals } from "@/lib/data/link-workflow";
import { listPendingTeardowns } from "@/lib/data/retirement/pending-teardowns";
import { database } from "@/lib/db";
import { approvalQueueQuerySchema } from "@/lib/schemas/paging";
import { searchParamsObject } from "@/lib/schemas/search-params";

export const generateMetadata = portalPageMetadata("approvals");

export default async function ApprovalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePagePermission("link.approve");
  const t = await getTranslations("approvals.list");
  // A page number that is not one (hand-edited URL) shows the first page, like the other lists.
  const parsed = approvalQueueQuerySchema.safeParse(searchParamsObject(await searchParams));
  const page = parsed.success ? parsed.data.page : 1;
  const db = await database();
  const [result, teardowns] = await Promise.all([
    listPendingApprovals({ db, approverId: me.id, page }),
    listPendingTeardowns({ db, approverId: me.id }),
  ]);
  const now = new Date();
  return (
    <>
      <PortalPageHeader page="approvals" />
      <PagedResults
        count={(message) => t(message, { total: result.total })}
        countTestId="approvals-count"
        basePath="/approvals"
        pages={result}
        filters=""
      >
        <PendingApprovalsTable pending={result.pending} now={now} />
      </PagedResults>
      <PendingTeardownsTable pending={teardowns} now={now} />
    </>
  );
}
