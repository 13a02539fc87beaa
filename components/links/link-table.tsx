import { getFormatter, getTranslations } from "next-intl/server";
import type { LinkSummary } from "@/lib/data/links";
import { LinkStateBadge } from "./link-state-badge";

export async function LinkTable({ links }: { links: LinkSummary[] }) {
  const t = await getTranslations("links");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="links-table">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">{t("name")}</th>
            <th className="px-3 py-2 font-medium">{t("kind")}</th>
            <th className="px-3 py-2 font-medium">{t("provider")}</th>
            <th className="px-3 py-2 font-medium">{t("region")}</th>
            <th className="px-3 py-2 font-medium">{t("owner")}</th>
            <th className="px-3 py-2 font-medium">{t("state")}</th>
            <th className="px-3 py-2 font-medium">{t("created")}</th>
            <th className="px-3 py-2 font-medium">{t("updated")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {links.map((link) => (
            <tr key={link.id} className="align-top" data-testid="link-row">
              <td className="px-3 py-2">
                <a
                  href={`/links/${link.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {link.name}
                </a>
              </td>
              <td className="px-3 py-2">{t(`kinds.${link.kind}`)}</td>
              <td className="px-3 py-2">
                {link.providers
                  .map((p) => (p === "tencent" || p === "alibaba" ? t(`providers.${p}`) : p))
                  .join(", ")}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{link.regions.join(", ")}</td>
              <td className="px-3 py-2">{link.owner.email}</td>
              <td className="px-3 py-2">
                <LinkStateBadge state={link.state} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(link.createdAt)}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(link.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
