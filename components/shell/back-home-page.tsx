import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/ui/status-page";

/** A page that cannot be shown (`notFound`, `forbidden`): why, and the way back to the links. */
export async function BackHomePage({ messages }: { messages: "notFound" | "forbidden" }) {
  const t = await getTranslations(messages);
  return (
    <StatusPage title={t("title")} body={t("body")}>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {t("back")}
      </Link>
    </StatusPage>
  );
}
