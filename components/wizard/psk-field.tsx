"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { secondaryButtonClass } from "@/components/ui/submit-row";
import { generatePsk } from "@/lib/design/wizard/generate-psk";
import { FieldMessages, inputClass } from "./fields";
import { useWizard, type PathEndingIn } from "./wizard-context";

/** The tunnel's pre-shared key: masked, revealed and copied on demand, or generated. */
export function PskField({ path }: { path: PathEndingIn<"psk"> }) {
  const t = useTranslations("wizard");
  const { form, hasStoredPsk } = useWizard();
  const [visible, setVisible] = useState(false);
  const value = form.watch(path) ?? "";
  return (
    <div className="text-sm">
      <label className="block font-medium text-slate-800" htmlFor="psk-input">
        {t("tunnel.psk")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="psk-input"
          type={visible ? "text" : "password"}
          autoComplete="new-password"
          spellCheck={false}
          className={`${inputClass} mt-0 max-w-md font-mono`}
          placeholder={hasStoredPsk ? t("tunnel.pskStored") : ""}
          {...form.register(path)}
        />
        <button type="button" className={secondaryButtonClass} onClick={() => setVisible(!visible)}>
          {visible ? t("tunnel.hide") : t("tunnel.reveal")}
        </button>
        <CopyButton text={value} label={t("tunnel.copy")} copiedLabel={t("tunnel.copied")} />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            form.setValue(path, generatePsk(), { shouldDirty: true, shouldTouch: true });
          }}
        >
          {t("tunnel.generate")}
        </button>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {hasStoredPsk ? t("tunnel.pskStoredHint") : t("tunnel.pskHint")}
      </p>
      {/* The design keeps the key in one place; each cloud's API names it its own way. */}
      <FieldMessages path={path} label={t("tunnel.psk")} apiNames={["PreShareKey", "Psk"]} />
    </div>
  );
}
