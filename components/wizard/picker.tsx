"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PickerItem, PickerList } from "@/lib/schemas/cloud-picker";
import { FieldShell, inputClass } from "./fields";
import { PickerSearch, SEARCH_FROM_ITEMS, matchingItems } from "./picker-search";

export { usePickerItems } from "@/lib/query/use-cloud-picker";

/**
 * A select fed by a picker; `describe` says what to show for each choice. A long list gets a
 * search box (by id or name); a list the server cut short says so.
 */
export function PickerSelect({
  path,
  label,
  choices: { data, isLoading: loading, error },
  value,
  onPick,
  describe,
  placeholder,
  testId,
}: {
  path: string;
  label: string;
  /** The picker's live list (usePickerItems), loading or failed. */
  choices: { data: PickerList | undefined; isLoading: boolean; error: unknown };
  value: string;
  onPick: (item: PickerItem | undefined) => void;
  describe: (item: PickerItem) => string;
  placeholder: string;
  testId: string;
}) {
  const t = useTranslations("wizard");
  const [query, setQuery] = useState("");
  const items = data?.items;
  const searchable = (items?.length ?? 0) > SEARCH_FROM_ITEMS;
  const matches = items && searchable ? matchingItems(items, query) : items;
  // The picked choice stays listed while the search hides it, so the select still shows it.
  const picked = items?.find((item) => item.id === value);
  const listed = picked && matches && !matches.includes(picked) ? [picked, ...matches] : matches;
  return (
    <FieldShell path={path} label={label}>
      <select
        className={inputClass}
        value={value}
        data-testid={testId}
        disabled={loading}
        onChange={(event) => onPick(items?.find((item) => item.id === event.target.value))}
      >
        <option value="">{loading ? t("loading") : placeholder}</option>
        {listed?.map((item) => (
          <option key={item.id} value={item.id}>
            {describe(item)}
          </option>
        ))}
      </select>
      {searchable && matches ? (
        <PickerSearch
          label={label}
          query={query}
          onQuery={setQuery}
          shown={matches.length}
          total={items?.length ?? 0}
          onPickFirst={() => {
            if (matches[0]) onPick(matches[0]);
          }}
          testId={testId}
        />
      ) : null}
      {data?.truncated?.map((cut) => (
        <span key={cut.list} role="note" className="mt-1 block text-xs text-amber-800">
          {t(cut.list === "tunnels" ? "picker.tunnelsTruncated" : "picker.truncated", {
            shown: cut.shown,
            total: cut.total,
          })}
        </span>
      ))}
      {error ? (
        <span role="alert" className="mt-1 block text-xs text-red-700">
          {t("pickerFailed", { message: error instanceof Error ? error.message : String(error) })}
        </span>
      ) : null}
      {!loading && !error && items?.length === 0 ? (
        <span className="mt-1 block text-xs text-slate-600">{t("pickerEmpty")}</span>
      ) : null}
    </FieldShell>
  );
}
