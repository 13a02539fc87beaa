"use client";

import { useTranslations } from "next-intl";
import { valuesForKind } from "@/lib/design/wizard/form-values";
import { LINK_KINDS, type LinkKind } from "@/lib/schemas/link/kinds";
import { TextField } from "../fields";
import { RadioChoice } from "../radio-choice";
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
      <RadioChoice
        name="kind"
        legend={t("kind.question")}
        options={LINK_KINDS}
        value={kind}
        onChoose={choose}
        layout="grid gap-3 sm:grid-cols-2"
        optionClass={(checked) =>
          `cursor-pointer rounded-lg border p-4 text-sm ${checked ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`
        }
        render={(option) => (
          <>
            <span className="ml-2 font-semibold">{t(`kind.${option}.title`)}</span>
            <span className="mt-1 block text-slate-600">{t(`kind.${option}.body`)}</span>
          </>
        )}
      />
      {kind ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField path="name" label={t("kind.name")} />
          <TextField path="reason" label={t("kind.reason")} />
        </div>
      ) : null}
    </div>
  );
}
