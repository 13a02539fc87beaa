"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PERIOD_MONTHS } from "@/lib/schemas/common";
import { SelectField } from "../fields";
import { useClearWhen } from "../use-clear-when";
import { useWizard, type WizardPath } from "../wizard-context";

/** A new gateway's bandwidth, each choice in Mbps. */
export function BandwidthField({
  path,
  options,
}: {
  path: WizardPath;
  options: readonly number[];
}) {
  return <SelectField path={path} options={options} numeric optionLabel={(v) => `${v} Mbps`} />;
}

/** Either cloud's `InstanceChargeType` values, each with its words under `wizard.billing`. */
type ChargeType = keyof IntlMessages["wizard"]["billing"];

/**
 * How a new gateway is paid for (prepaid or by use), each choice said in words, and, only while
 * `prepaid` is chosen, the fields of a prepaid purchase (`children`). `prepaidOnly` is cleared once
 * it is not: the API refuses it for a gateway paid by use.
 */
export function ChargeFields({
  path,
  options,
  prepaid,
  prepaidOnly,
  children,
}: {
  path: WizardPath;
  options: readonly ChargeType[];
  prepaid: ChargeType;
  prepaidOnly: WizardPath;
  children: ReactNode;
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const isPrepaid = form.watch(path) === prepaid;
  useClearWhen(prepaidOnly, !isPrepaid);
  return (
    <>
      <SelectField
        path={path}
        options={options}
        optionLabel={(v) => t(`billing.${v as ChargeType}`)}
      />
      {isPrepaid ? children : null}
    </>
  );
}

/** How many months a prepaid gateway is bought for. */
export function PeriodField({ path, label }: { path: WizardPath; label?: string }) {
  const t = useTranslations("wizard");
  return (
    <SelectField
      path={path}
      label={label}
      options={PERIOD_MONTHS}
      numeric
      optional
      optionLabel={(v) => t("months", { count: Number(v) })}
    />
  );
}
