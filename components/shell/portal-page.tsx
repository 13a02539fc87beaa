import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";

/** A portal screen with its own title and intro under `pages` in the messages. */
export type PortalPage = keyof IntlMessages["pages"];

/** The screen's `generateMetadata`: the browser tab shows its title. */
export function portalPageMetadata(page: PortalPage) {
  return async () => {
    const t = await getTranslations("pages");
    return { title: t(`${page}.title`) };
  };
}

/** The screen's heading: its title, its intro, and the actions given. */
export async function PortalPageHeader({
  page,
  actions,
}: {
  page: PortalPage;
  actions?: ReactNode;
}) {
  const t = await getTranslations("pages");
  return <PageHeader title={t(`${page}.title`)} intro={t(`${page}.intro`)} actions={actions} />;
}
