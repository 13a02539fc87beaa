"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseSpdText, type SpdRow } from "@/lib/design/wizard/cidr-text";
import { CidrListEditor } from "./cidr-list-editor";
import { FieldMessages, inputClass } from "./fields";
import { useWizard, type PathEndingIn } from "./wizard-context";

/** Tencent's SecurityPolicyDatabases: rows of one local CIDR → several remote CIDRs. */
export function SpdEditor({ path }: { path: PathEndingIn<".SecurityPolicyDatabases"> }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const rows = (form.watch(path) as SpdRow[] | undefined) ?? [];
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState("");
  const write = (next: SpdRow[]) =>
    form.setValue(path, next, { shouldDirty: true, shouldTouch: true });
  return (
    <fieldset className="space-y-3" data-testid="spd-editor">
      <legend className="text-sm font-semibold text-slate-900">
        {t("tunnel.spd")}{" "}
        <span className="font-mono text-xs font-normal text-slate-500">
          SecurityPolicyDatabases
        </span>
      </legend>
      <p className="text-xs text-slate-600">{t("tunnel.spdHint")}</p>
      {rows.map((row, index) => (
        <div
          key={index}
          className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_auto]"
          data-testid={`spd-row-${index}`}
        >
          <label className="block text-sm">
            <span className="font-medium">{t("tunnel.local")}</span>
            <input
              className={inputClass}
              value={row.LocalCidrBlock}
              aria-label={t("tunnel.localOfRow", { row: index + 1 })}
              placeholder="10.10.1.0/24"
              onChange={(event) =>
                write(
                  rows.map((r, i) =>
                    i === index ? { ...r, LocalCidrBlock: event.target.value.trim() } : r,
                  ),
                )
              }
            />
            <FieldMessages path={`${path}.${index}.LocalCidrBlock`} label={t("tunnel.local")} />
          </label>
          <CidrListEditor
            path={`${path}.${index}.RemoteCidrBlock`}
            values={row.RemoteCidrBlock}
            label={t("tunnel.remotes")}
            itemLabel={t("tunnel.remote")}
            testId={`spd-remotes-${index}`}
            onChange={(next) =>
              write(rows.map((r, i) => (i === index ? { ...r, RemoteCidrBlock: next } : r)))
            }
          />
          <button
            type="button"
            className="self-start rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 disabled:opacity-40"
            disabled={rows.length <= 1}
            onClick={() => write(rows.filter((_, i) => i !== index))}
          >
            {t("tunnel.removeRow")}
          </button>
        </div>
      ))}
      <div className="flex gap-4 text-sm">
        <button
          type="button"
          className="text-brand-700 hover:underline"
          onClick={() => write([...rows, { LocalCidrBlock: "", RemoteCidrBlock: [""] }])}
        >
          {t("tunnel.addRow")}
        </button>
        <button
          type="button"
          className="text-brand-700 hover:underline"
          onClick={() => setPasting(!pasting)}
        >
          {t("tunnel.pasteRows")}
        </button>
      </div>
      {pasting ? (
        <div className="space-y-2">
          <textarea
            className={`${inputClass} font-mono`}
            rows={4}
            value={pasted}
            placeholder={"10.10.1.0/24 > 192.168.10.0/24, 192.168.11.0/24"}
            aria-label={t("tunnel.pasteRows")}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button
            type="button"
            className="rounded-md bg-slate-800 px-3 py-1 text-sm text-white"
            onClick={() => {
              const parsed = parseSpdText(pasted);
              if (parsed.length) write([...rows.filter((r) => r.LocalCidrBlock), ...parsed]);
              setPasting(false);
              setPasted("");
            }}
          >
            {t("tunnel.addPasted")}
          </button>
        </div>
      ) : null}
      <FieldMessages path={path} />
    </fieldset>
  );
}
