import { getTranslations } from "next-intl/server";
import { PendingApprovalsTable } from "@/components/approvals/pending-approvals-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listPendingApprovals } from "@/lib/data/link-workflow";
import { database } from "@/lib/db";

export async function generateMetadata() {
  const t = await getTranslations("pages");
  return { title: t("approvals.title") };
}

export default async function ApprovalsPage() {
  const me = await requirePagePermission("link.approve");
  const t = await getTranslations("pages");
  const pending = await listPendingApprovals({ db: await database(), approverId: me.id });
  return (
    <>
      <PageHeader title={t("approvals.title")} intro={t("approvals.intro")} />
      <PendingApprovalsTable pending={pending} now={new Date()} />
    </>
  );
}
