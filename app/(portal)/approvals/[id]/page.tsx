import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkReview } from "@/components/approvals/link-review";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getLinkWorkflow } from "@/lib/data/link-workflow";
import { getLink } from "@/lib/data/links";
import { database } from "@/lib/db";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const link = await getLink({ db: await database(), id: (await params).id });
  const t = await getTranslations("approvals.review");
  return { title: link ? t("title", { name: link.name }) : t("titleFallback") };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePagePermission("link.read");
  const db = await database();
  const id = (await params).id;
  const [link, workflow] = await Promise.all([getLink({ db, id }), getLinkWorkflow({ db, id })]);
  if (!link || !workflow) notFound();
  const t = await getTranslations("approvals.review");
  return (
    <>
      <PageHeader
        title={t("title", { name: link.name })}
        back={{ href: "/approvals", label: t("back") }}
      />
      <LinkReview link={link} workflow={workflow} me={me} />
    </>
  );
}
