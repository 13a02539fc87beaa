import { PendingApprovalsTable } from "@/components/approvals/pending-approvals-table";
import { PendingTeardownsTable } from "@/components/approvals/pending-teardowns-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listPendingApprovals } from "@/lib/data/link-workflow";
import { listPendingTeardowns } from "@/lib/data/retirement/pending-teardowns";
import { database } from "@/lib/db";

export const generateMetadata = portalPageMetadata("approvals");

export default async function ApprovalsPage() {
  const me = await requirePagePermission("link.approve");
  const db = await database();
  const [pending, teardowns] = await Promise.all([
    listPendingApprovals({ db, approverId: me.id }),
    listPendingTeardowns({ db, approverId: me.id }),
  ]);
  const now = new Date();
  return (
    <>
      <PortalPageHeader page="approvals" />
      <PendingApprovalsTable pending={pending} now={now} />
      <PendingTeardownsTable pending={teardowns} now={now} />
    </>
  );
}
