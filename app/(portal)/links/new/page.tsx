import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { WizardStart } from "@/components/wizard/use-wizard-draft";
import { WizardHost } from "@/components/wizard/wizard-host";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { AppError } from "@/lib/errors/app-error";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getWizardDraft, listWizardDrafts } from "@/lib/data/wizard-drafts";
import { database } from "@/lib/db";

export const generateMetadata = portalPageMetadata("newLink");

export default async function NewLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ draft?: string | string[] }>;
}) {
  const user = await requirePagePermission("link.create");
  const w = await getTranslations("wizard");
  const format = await getFormatter();
  const db = await database();
  const draftParam = (await searchParams).draft;
  const draftId = Array.isArray(draftParam) ? draftParam[0] : draftParam;
  let start: WizardStart = { step: "kind", data: {}, hasPsk: false };
  if (draftId) {
    try {
      const draft = await getWizardDraft({ db, id: draftId, actor: user });
      start = {
        draftId: draft.id,
        linkId: draft.linkId,
        step: draft.step,
        data: draft.data,
        hasPsk: draft.hasPsk,
      };
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }
  }
  const unfinished = draftId ? [] : await listWizardDrafts({ db, actor: user });
  return (
    <>
      <PortalPageHeader page="newLink" />
      {unfinished.length > 0 ? (
        <aside
          className="mb-5 rounded-lg border border-slate-200 bg-white p-4 text-sm"
          data-testid="unfinished-drafts"
        >
          <h2 className="font-semibold text-slate-900">{w("continueTitle")}</h2>
          <ul className="mt-2 space-y-1">
            {unfinished.map((draft) => (
              <li key={draft.id}>
                <Link href={`/links/new?draft=${draft.id}`} className="text-brand-700 underline">
                  {String(draft.data.name || w("untitled"))}
                </Link>{" "}
                <span className="text-slate-600">
                  · {w(`steps.${draft.step}`)} ·{" "}
                  <time dateTime={draft.updatedAt.toISOString()}>
                    {format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      <WizardHost start={start} />
    </>
  );
}
