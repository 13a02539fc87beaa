"use client";

import { useTranslations } from "next-intl";
import { valuesForKind } from "@/lib/design/wizard/form-values";
import { LINK_KINDS, type LinkKind } from "@/lib/schemas/link/kinds";
import { TextField } from "../fields";
import { useWizard } from "../wizard-context";

/** Step 1: what is being built, its name and why. */
export function KindStep() {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const kind = form.watch("kind") as LinkKind | undefined;
  const choose = (next: LinkKind) => {
    if (next === kind) return;
    form.reset(valuesForKind(next, form.getValues()), { keepDefaultValues: true });
  };
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("kind.question")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {LINK_KINDS.map((option) => (
            <label
              key={option}
              className={`cursor-pointer rounded-lg border p-4 text-sm ${kind === option ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
            >
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => choose(option)}
                className="mr-2"
              />
              <span className="font-semibold">{t(`kind.${option}.title`)}</span>
              <span className="mt-1 block text-slate-600">{t(`kind.${option}.body`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField path="name" label={t("kind.name")} />
          <TextField path="reason" label={t("kind.reason")} />
        </div>
      ) : null}
    </div>
  );
}
