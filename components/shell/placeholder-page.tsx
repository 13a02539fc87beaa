import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

type PageKey = "links" | "newLink" | "approvals" | "audit" | "settings";

/** A screen whose issue has not landed yet: its title, its purpose, and a plain "coming soon". */
export async function PlaceholderPage({ page }: { page: PageKey }) {
  const t = await getTranslations("pages");
  const soon = await getTranslations("comingSoon");
  return (
    <>
      <PageHeader title={t(`${page}.title`)} intro={t(`${page}.intro`)} />
      <Notice title={soon("title")}>{soon("body")}</Notice>
    </>
  );
}

export async function placeholderMetadata(page: PageKey) {
  const t = await getTranslations("pages");
  return { title: t(`${page}.title`) };
}
