"use client";

import { useTranslations } from "next-intl";
import { apiNameOf } from "@/lib/design/wizard/api-name";
import { splitCidrText } from "@/lib/design/wizard/cidr-text";
import { FieldMessages, inputClass } from "./fields";

/**
 * An editable list of CIDR blocks. `path` is where each entry's errors are reported
 * (`${path}.${index}`), naming the entry `itemLabel` when given; pasting several blocks into one
 * box adds one entry per block.
 */
export function CidrListEditor({
  path,
  values,
  onChange,
  label,
  itemLabel,
  testId,
}: {
  path: string;
  values: string[];
  onChange: (next: string[]) => void;
  label: string;
  itemLabel?: string;
  testId: string;
}) {
  const t = useTranslations("wizard");
  const update = (index: number, text: string) => {
    const parts = splitCidrText(text);
    const next = [...values];
    if (parts.length > 1) next.splice(index, 1, ...parts);
    else next[index] = text.trim();
    onChange(next);
  };
  return (
    <fieldset className="space-y-2" data-testid={testId}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {values.map((value, index) => (
        <div key={index}>
          <div className="flex gap-2">
            <input
              className={inputClass}
              value={value}
              aria-label={`${label} ${index + 1}`}
              placeholder="192.168.10.0/24"
              onChange={(event) => update(index, event.target.value)}
              onPaste={(event) => {
                const text = event.clipboardData.getData("text");
                if (splitCidrText(text).length > 1) {
                  event.preventDefault();
                  update(index, text);
                }
              }}
            />
            <button
              type="button"
              className="mt-1 rounded-md border border-slate-300 px-2 text-sm text-slate-700 disabled:opacity-40"
              onClick={() => onChange(values.filter((_, i) => i !== index))}
              disabled={values.length <= 1}
              aria-label={t("tunnel.removeCidr", { cidr: value || String(index + 1) })}
            >
              ×
            </button>
          </div>
          <FieldMessages
            path={`${path}.${index}`}
            label={itemLabel}
            apiNames={[apiNameOf(path) ?? ""]}
          />
        </div>
      ))}
      <button
        type="button"
        className="text-sm text-brand-700 hover:underline"
        onClick={() => onChange([...values, ""])}
      >
        {t("tunnel.addCidr")}
      </button>
      <FieldMessages path={path} />
    </fieldset>
  );
}
