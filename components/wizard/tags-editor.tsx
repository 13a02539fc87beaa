"use client";

import { useTranslations } from "next-intl";
import { FieldMessages, TextField } from "./fields";
import { useWizard, type PathEndingIn } from "./wizard-context";
import { ALIBABA_MAX_TAGS } from "@/lib/schemas/alibaba/shared";
import { TENCENT_MAX_TAGS } from "@/lib/schemas/tencent/shared";

/** The schemas' caps: the editor offers no more rows than the API (and the routes) accept. */
export const TAG_LIMITS = { tencent: TENCENT_MAX_TAGS, alibaba: ALIBABA_MAX_TAGS } as const;

type Tag = { Key?: string; Value?: string };

/** The API's `Tags` list as key/value rows (no rows: no `Tags` parameter sent). */
export function TagsEditor({
  path,
  max,
  testId,
}: {
  path: PathEndingIn<".Tags">;
  max: number;
  testId: string;
}) {
  const t = useTranslations("wizard.tags");
  const { form } = useWizard();
  const tags = (form.watch(path) as Tag[] | undefined) ?? [];
  const set = (next: Tag[]) =>
    form.setValue(path, next.length > 0 ? next : undefined, {
      shouldDirty: true,
      shouldTouch: true,
    });
  return (
    <fieldset className="space-y-2 sm:col-span-2" data-testid={testId}>
      <legend className="text-sm font-medium text-slate-800">
        {t("title")} <span className="ml-1 font-mono text-xs text-slate-500">Tags</span>
      </legend>
      {tags.map((tag, index) => (
        <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
          <TextField path={`${path}.${index}.Key`} label={t("key")} />
          <TextField path={`${path}.${index}.Value`} label={t("value")} />
          <button
            type="button"
            className="mt-6 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-700"
            onClick={() => set(tags.filter((_, i) => i !== index))}
            aria-label={t("remove", { key: tag.Key || String(index + 1) })}
          >
            ×
          </button>
        </div>
      ))}
      {tags.length < max ? (
        <button
          type="button"
          className="text-sm text-brand-700 hover:underline"
          onClick={() => set([...tags, { Key: "", Value: "" }])}
        >
          {t("add")}
        </button>
      ) : (
        <p className="text-xs text-slate-600">{t("full", { max })}</p>
      )}
      <FieldMessages path={path} />
    </fieldset>
  );
}
