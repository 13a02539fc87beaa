"use client";

import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import type { PickerItem } from "@/lib/schemas/cloud-picker";
import { inputClass } from "./fields";

/** Lists longer than this get a search box. */
export const SEARCH_FROM_ITEMS = 20;

/** The items whose id or name contains `query` (case does not matter); all of them when empty. */
export function matchingItems(items: readonly PickerItem[], query: string): PickerItem[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [...items];
  return items.filter(
    (item) =>
      item.id.toLowerCase().includes(wanted) || (item.name ?? "").toLowerCase().includes(wanted),
  );
}

/**
 * The search box of a long picker: narrows its choices by id or name; Enter picks the first
 * match (and never submits the wizard's form).
 */
export function PickerSearch({
  label,
  query,
  onQuery,
  shown,
  total,
  onPickFirst,
  testId,
}: {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  shown: number;
  total: number;
  onPickFirst: () => void;
  testId: string;
}) {
  const t = useTranslations("wizard.picker");
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onPickFirst();
  };
  return (
    <span className="mt-2 block">
      <input
        type="search"
        className={inputClass}
        aria-label={t("search", { label })}
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-search`}
      />
      <span role="status" className="mt-1 block text-xs text-slate-600">
        {shown === 0 ? t("noMatch", { query }) : t("matches", { shown, total })}
      </span>
    </span>
  );
}
