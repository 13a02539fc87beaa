import { getTranslations } from "next-intl/server";
import type { LinkState } from "@/lib/schemas/link/link-query";

const COLORS: Record<LinkState, string> = {
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-amber-100 text-amber-800",
  approved: "bg-sky-100 text-sky-800",
  rejected: "bg-rose-100 text-rose-800",
  executing: "bg-indigo-100 text-indigo-800",
  active: "bg-emerald-100 text-emerald-800",
  failed: "bg-red-100 text-red-800",
  discarded: "bg-slate-200 text-slate-500 line-through",
  retiring: "bg-orange-100 text-orange-800",
  retired: "bg-slate-200 text-slate-600",
};

export async function LinkStateBadge({ state }: { state: LinkState }) {
  const t = await getTranslations("links");
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${COLORS[state]}`}
      data-state={state}
    >
      {t(`states.${state}`)}
    </span>
  );
}
