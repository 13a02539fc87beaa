import { PendingApprovalsTable } from "@/components/approvals/pending-approvals-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listPendingApprovals } from "@/lib/data/link-workflow";
import { database } from "@/lib/db";

export const generateMetadata = portalPageMetadata("approvals");

export default async function ApprovalsPage() {
  const me = await requirePagePermission("link.approve");
  const pending = await listPendingApprovals({ db: await database(), approverId: me.id });
  return (
    <>
      <PortalPageHeader page="approvals" />
      <PendingApprovalsTable pending={pending} now={new Date()} />
    </>
  );
}
