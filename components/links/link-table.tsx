import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { LinkSummary } from "@/lib/data/links";
import { LinkStateBadge } from "./link-state-badge";

/** Ids listed in a row; the rest are counted (all of them in the tooltip, and searchable). */
const SHOWN_IDS = 3;

export async function LinkTable({ links }: { links: LinkSummary[] }) {
  const t = await getTranslations("links");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <DataTable
      testId="links-table"
      columns={[
        t("name"),
        t("kind"),
        t("provider"),
        t("region"),
        t("owner"),
        t("state"),
        t("resourceIds"),
        t("created"),
        t("updated"),
      ]}
      rows={links}
      renderRow={(link) => (
        <tr key={link.id} className="align-top" data-testid="link-row">
          <td className="px-3 py-2">
            <a href={`/links/${link.id}`} className="font-medium text-brand-700 hover:underline">
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
          <td className="px-3 py-2 font-mono text-xs" data-testid="link-resource-ids">
            {link.resourceIds.slice(0, SHOWN_IDS).join(" ")}
            {link.resourceIds.length > SHOWN_IDS ? (
              <span className="font-sans text-slate-500" title={link.resourceIds.join(" ")}>
                {" "}
                {t("moreIds", { count: link.resourceIds.length - SHOWN_IDS })}
              </span>
            ) : null}
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(link.createdAt)}</td>
          <td className="whitespace-nowrap px-3 py-2 text-slate-600">{when(link.updatedAt)}</td>
        </tr>
      )}
    />
  );
}
