"use client";

import { useTranslations } from "next-intl";
import { Options } from "@/components/ui/options";
import { valueAt, valuesForKind, PROVIDERS, type Provider } from "@/lib/design/wizard/form-values";
import type { LinkKind } from "@/lib/schemas/link/design";
import { FieldMessages, FieldShell, inputClass } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { RadioChoice } from "../radio-choice";
import { useWizard, type CloudSide } from "../wizard-context";

/** Step 2: account, region and VPC of each cloud side, picked from live lists. */
export function WhereStep() {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const values = form.watch();
  const kind = values.kind as LinkKind;
  if (kind === "cloudToCloud") {
    return (
      <div className="grid gap-6 lg:grid-cols-2">
        <SiteWhere prefix="tencent" provider="tencent" />
        <SiteWhere prefix="alibaba" provider="alibaba" />
      </div>
    );
  }
  const provider = valueAt(values, "site.provider") as Provider;
  return (
    <div className="space-y-5">
      <RadioChoice
        name="provider"
        legend={t("where.provider")}
        options={PROVIDERS}
        value={provider}
        onChoose={(option) =>
          form.reset(valuesForKind(kind, form.getValues(), option), { keepDefaultValues: true })
        }
        layout="flex gap-3"
        optionClass={() =>
          "flex items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
        }
        render={(option) => t(`providers.${option}`)}
      />
      <SiteWhere prefix="site" provider={provider} />
    </div>
  );
}

function SiteWhere(side: CloudSide) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const { prefix, provider } = side;
  const site = (form.watch(prefix) ?? {}) as {
    account?: string;
    region?: string;
    vpcId?: string;
    vpcCidrs?: string[];
    vswitchId?: string;
    disasterRecoveryVswitchId?: string;
  };
  const account = site.account || "default";
  const accounts = usePickerItems(provider, "accounts", {});
  const regions = usePickerItems(provider, "regions", { account });
  const vpcs = usePickerItems(
    provider,
    "vpcs",
    { account, region: site.region },
    Boolean(site.region),
  );
  const vpc = vpcs.data?.items.find((item) => item.id === site.vpcId);
  const touched = { shouldDirty: true, shouldTouch: true };
  const set = (field: "account" | "region" | "vpcId", value: string) =>
    form.setValue(`${prefix}.${field}`, value, touched);
  const setVswitch = (field: "vswitchId" | "disasterRecoveryVswitchId", value: string) => {
    if (side.provider === "alibaba") form.setValue(`${side.prefix}.${field}`, value, touched);
  };
  /** A new VPC (or none, after a new region): the vSwitches picked in the old one no longer hold. */
  const pickVpc = (vpcId: string, cidrs: string[]) => {
    set("vpcId", vpcId);
    form.setValue(`${prefix}.vpcCidrs`, cidrs, touched);
    setVswitch("vswitchId", "");
    setVswitch("disasterRecoveryVswitchId", "");
  };

  return (
    <section
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`where-${provider}`}
    >
      <h3 className="font-semibold text-slate-900">{t(`providers.${provider}`)}</h3>
      <PickerSelect
        path={`${prefix}.account`}
        label={t("where.account")}
        choices={accounts}
        value={account}
        onPick={(item) => set("account", item?.id ?? "default")}
        describe={(item) => {
          const named = item.site ? `${item.id} · ${t(`where.sites.${item.site}`)}` : item.id;
          return item.detail ? `${named} (${item.detail})` : named;
        }}
        placeholder={t("where.chooseAccount")}
        testId={`${provider}-account`}
      />
      <PickerSelect
        path={`${prefix}.region`}
        label={t("where.region")}
        choices={regions}
        value={site.region ?? ""}
        onPick={(item) => {
          set("region", item?.id ?? "");
          pickVpc("", []);
        }}
        describe={(item) =>
          [item.id, item.name, item.finance ? t("where.finance") : undefined]
            .filter(Boolean)
            .join(" · ")
        }
        placeholder={t("where.chooseRegion")}
        testId={`${provider}-region`}
      />
      {site.region ? (
        <PickerSelect
          path={`${prefix}.vpcId`}
          label={t("where.vpc")}
          choices={vpcs}
          value={site.vpcId ?? ""}
          onPick={(item) => pickVpc(item?.id ?? "", item?.cidrBlocks ?? [])}
          describe={(item) =>
            `${item.id} · ${item.name ?? ""} · ${(item.cidrBlocks ?? []).join(", ")}`
          }
          placeholder={t("where.chooseVpc")}
          testId={`${provider}-vpc`}
        />
      ) : null}
      {site.vpcCidrs && site.vpcCidrs.length > 0 ? (
        <p className="text-sm text-slate-700" data-testid={`${provider}-vpc-cidrs`}>
          {t("where.vpcCidrs")}: <span className="font-mono">{site.vpcCidrs.join(", ")}</span>
        </p>
      ) : null}
      <FieldMessages path={`${prefix}.vpcCidrs`} />
      {provider === "alibaba" && vpc?.vswitchIds?.length ? (
        <VswitchSelect
          path={`${prefix}.vswitchId`}
          label={t("where.vswitch")}
          value={site.vswitchId ?? ""}
          ids={vpc.vswitchIds}
          none={t("where.vswitchAuto")}
          testId="alibaba-vswitch"
          onChange={(id) => {
            setVswitch("vswitchId", id);
            setVswitch("disasterRecoveryVswitchId", "");
          }}
        />
      ) : null}
      {provider === "alibaba" && site.vswitchId && (vpc?.vswitchIds?.length ?? 0) > 1 ? (
        <VswitchSelect
          path={`${prefix}.disasterRecoveryVswitchId`}
          label={t("where.drVswitch")}
          hint={t("where.drVswitchHint")}
          value={site.disasterRecoveryVswitchId ?? ""}
          ids={(vpc?.vswitchIds ?? []).filter((id) => id !== site.vswitchId)}
          none={t("where.drVswitchNone")}
          testId="alibaba-dr-vswitch"
          onChange={(id) => setVswitch("disasterRecoveryVswitchId", id)}
        />
      ) : null}
    </section>
  );
}

function VswitchSelect({
  ids,
  none,
  value,
  onChange,
  testId,
  ...shell
}: {
  path: string;
  label: string;
  hint?: string;
  ids: string[];
  none: string;
  value: string;
  onChange: (id: string) => void;
  testId: string;
}) {
  return (
    <FieldShell {...shell}>
      <select
        className={inputClass}
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{none}</option>
        <Options values={ids} />
      </select>
    </FieldShell>
  );
}
