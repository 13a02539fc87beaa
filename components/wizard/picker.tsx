"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/lib/query/fetch-json";
import type { PickerItem, PickerProvider, PickerResource } from "@/lib/schemas/cloud-picker";
import { FieldShell, inputClass } from "./fields";

/** Live choices from the cloud, read by the server: GET /api/cloud/{provider}/{resource}. */
export function usePickerItems(
  provider: PickerProvider,
  resource: PickerResource,
  query: { account?: string; region?: string; vpcId?: string },
  enabled = true,
) {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return useQuery({
    queryKey: ["picker", provider, resource, search.toString()],
    queryFn: () =>
      fetchJson<{ items: PickerItem[] }>(`/api/cloud/${provider}/${resource}?${search}`).then(
        (body) => body.items,
      ),
    enabled,
    staleTime: 30_000,
  });
}

/** A select fed by a picker; `describe` says what to show for each choice. */
export function PickerSelect({
  path,
  label,
  items,
  loading,
  error,
  value,
  onPick,
  describe,
  placeholder,
  testId,
}: {
  path: string;
  label: string;
  items: PickerItem[] | undefined;
  loading: boolean;
  error: unknown;
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
