import { getTranslations } from "next-intl/server";

export async function ModeBadge({ mode }: { mode: "sandbox" | "live" }) {
  const t = await getTranslations("mode");
  if (mode === "live") return null;
  return (
    <span
      data-testid="sandbox-badge"
      title={t("sandboxHint")}
      className="rounded-full border border-amber-300 bg-amber-100 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-900"
    >
      {t("sandbox")}
    </span>
  );
}
