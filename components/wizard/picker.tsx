"use client";

import { useTranslations } from "next-intl";
import type { PickerItem } from "@/lib/schemas/cloud-picker";
import { FieldShell, inputClass } from "./fields";

export { usePickerItems } from "@/lib/query/use-cloud-picker";

/** A select fed by a picker; `describe` says what to show for each choice. */
export function PickerSelect({
  path,
  label,
  choices: { data: items, isLoading: loading, error },
  value,
  onPick,
  describe,
  placeholder,
  testId,
}: {
  path: string;
  label: string;
  /** The picker's live list (usePickerItems), loading or failed. */
  choices: { data: PickerItem[] | undefined; isLoading: boolean; error: unknown };
  value: string;
  onPick: (item: PickerItem | undefined) => void;
  describe: (item: PickerItem) => string;
  placeholder: string;
  testId: string;
}) {
  const t = useTranslations("wizard");
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
        {items?.map((item) => (
          <option key={item.id} value={item.id}>
            {describe(item)}
          </option>
        ))}
      </select>
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
