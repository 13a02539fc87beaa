"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { newGatewayParams, valueAt, type Provider } from "@/lib/design/wizard/form-values";
import {
  ALIBABA_SSL_CONNECTIONS,
  ALIBABA_VPN_GATEWAY_BANDWIDTHS,
} from "@/lib/schemas/alibaba/create-vpn-gateway";
import { PERIOD_MONTHS } from "@/lib/schemas/common";
import type { LinkKind } from "@/lib/schemas/link/design";
import {
  TENCENT_SSL_MAX_CONNECTIONS,
  TENCENT_VPN_GATEWAY_BANDWIDTHS,
} from "@/lib/schemas/tencent/create-vpn-gateway";
import { BooleanField, FieldMessages, NumberField, SelectField, TextField } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { TagsEditor, TAG_LIMITS } from "../tags-editor";
import { useWizard } from "../wizard-context";

/** Step 3: the VPN gateway of each cloud side: a new one (every API parameter) or an existing one. */
export function GatewayStep() {
  const { form } = useWizard();
  const kind = form.watch("kind") as LinkKind;
  if (kind === "cloudToCloud") {
    return (
      <div className="grid gap-6 lg:grid-cols-2">
        <SiteGateway prefix="tencent" provider="tencent" modes={["new", "existing"]} />
        <SiteGateway prefix="alibaba" provider="alibaba" modes={["new", "existing"]} />
      </div>
    );
  }
  const provider = form.watch("site.provider") as Provider;
  return (
    <SiteGateway
      prefix="site"
      provider={provider}
      modes={kind === "tunnel" ? ["existing"] : ["new"]}
    />
  );
}

function SiteGateway({
  prefix,
  provider,
  modes,
}: {
  prefix: string;
  provider: Provider;
  modes: ("new" | "existing")[];
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const site = form.watch(prefix) as Record<string, unknown>;
  const mode = valueAt(site, "gateway.mode") as "new" | "existing";
  const switchMode = (next: "new" | "existing") =>
    form.setValue(
      `${prefix}.gateway`,
      next === "new"
        ? { mode: "new", params: newGatewayParams(provider) }
        : { mode: "existing", id: "" },
      { shouldDirty: true },
    );
  return (
    <section
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`gateway-${provider}`}
    >
      <h3 className="font-semibold text-slate-900">
        {t(`providers.${provider}`)} ·{" "}
        <span className="font-mono text-sm">{String(site.region ?? "")}</span>
      </h3>
      {modes.length > 1 ? (
        <div className="flex gap-3 text-sm">
          {modes.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${prefix}-gateway-mode`}
                checked={mode === option}
                onChange={() => switchMode(option)}
              />
              {t(`gateway.${option}`)}
            </label>
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t(`gateway.only.${modes[0]!}`)}</p>
      )}
      <FieldMessages path={`${prefix}.gateway.mode`} />
      {mode === "existing" ? (
        <ExistingGateway prefix={prefix} provider={provider} />
      ) : provider === "tencent" ? (
        <TencentGatewayFields path={`${prefix}.gateway.params`} />
      ) : (
        <AlibabaGatewayFields path={`${prefix}.gateway.params`} />
      )}
    </section>
  );
}

function ExistingGateway({ prefix, provider }: { prefix: string; provider: Provider }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const site = form.watch(prefix) as {
    account?: string;
    region?: string;
    vpcId?: string;
    gateway?: { id?: string };
  };
  const gateways = usePickerItems(
    provider,
    "vpn-gateways",
    { account: site.account, region: site.region, vpcId: site.vpcId },
    Boolean(site.region),
  );
  return (
    <>
      <PickerSelect
        path={`${prefix}.gateway.id`}
        label={t("gateway.pick")}
        apiName="VpnGatewayId"
        items={gateways.data}
        loading={gateways.isLoading}
        error={gateways.error}
        value={site.gateway?.id ?? ""}
        onPick={(item) => {
          form.setValue(`${prefix}.gateway.id`, item?.id ?? "", {
            shouldDirty: true,
            shouldTouch: true,
          });
          form.setValue(`${prefix}.gateway.publicIp`, item?.ipAddress, { shouldDirty: true });
          if (provider === "tencent") {
            form.setValue(
              `${prefix}.gateway.otherTunnels`,
              item?.tunnels?.length ? item.tunnels : undefined,
              { shouldDirty: true },
            );
          }
        }}
        describe={(item) =>
          [item.id, item.name, item.ipAddress, item.detail, item.state].filter(Boolean).join(" · ")
        }
        placeholder={t("gateway.choose")}
        testId={`${provider}-gateway-pick`}
      />
      <FieldMessages path={`${prefix}.gateway.publicIp`} />
    </>
  );
}

/** Clears a field the API refuses once its condition no longer holds (e.g. Period after POSTPAY). */
function useClearWhen(path: string, condition: boolean) {
  const { form } = useWizard();
  useEffect(() => {
    if (condition && form.getValues(path) !== undefined)
      form.setValue(path, undefined, { shouldDirty: true });
  }, [condition, form, path]);
}

function TencentGatewayFields({ path }: { path: string }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const charge = form.watch(`${path}.InstanceChargeType`);
  const type = form.watch(`${path}.Type`);
  useClearWhen(`${path}.InstanceChargePrepaid`, charge !== "PREPAID");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        path={`${path}.VpnGatewayName`}
        apiName="VpnGatewayName"
        hint={t("hints.tencentName")}
      />
      <SelectField
        path={`${path}.InternetMaxBandwidthOut`}
        apiName="InternetMaxBandwidthOut"
        options={TENCENT_VPN_GATEWAY_BANDWIDTHS}
        numeric
        optionLabel={(v) => `${v} Mbps`}
      />
      <SelectField
        path={`${path}.InstanceChargeType`}
        apiName="InstanceChargeType"
        options={["POSTPAID_BY_HOUR", "PREPAID"]}
        optionLabel={(v) => t(`billing.${v as "PREPAID"}`)}
      />
      {charge === "PREPAID" ? (
        <>
          <SelectField
            path={`${path}.InstanceChargePrepaid.Period`}
            apiName="InstanceChargePrepaid.Period"
            label={t("fields.Period")}
            options={PERIOD_MONTHS}
            numeric
            optional
            optionLabel={(v) => t("months", { count: Number(v) })}
          />
          <SelectField
            path={`${path}.InstanceChargePrepaid.RenewFlag`}
            apiName="InstanceChargePrepaid.RenewFlag"
            label={t("fields.RenewFlag")}
            options={["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW"]}
            optional
            apiDefault="NOTIFY_AND_AUTO_RENEW"
          />
        </>
      ) : null}
      <FieldMessages path={`${path}.InstanceChargePrepaid`} />
      <SelectField
        path={`${path}.Type`}
        apiName="Type"
        options={["IPSEC", "SSL"]}
        optional
        apiDefault="IPSEC"
      />
      {type === "SSL" ? (
        <SelectField
          path={`${path}.MaxConnection`}
          apiName="MaxConnection"
          options={TENCENT_SSL_MAX_CONNECTIONS}
          numeric
          optional
          apiDefault={5}
        />
      ) : null}
      <TextField path={`${path}.Zone`} apiName="Zone" placeholder="ap-guangzhou-3" />
      <NumberField path={`${path}.BgpAsn`} apiName="BgpAsn" />
      <TextField path={`${path}.CdcId`} apiName="CdcId" />
      <TagsEditor path={`${path}.Tags`} max={TAG_LIMITS.tencent} testId="tencent-gateway-tags" />
    </div>
  );
}

function AlibabaGatewayFields({ path }: { path: string }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const charge = form.watch(`${path}.InstanceChargeType`);
  const autoPay = form.watch(`${path}.AutoPay`);
  useClearWhen(`${path}.Period`, charge !== "PREPAY");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField path={`${path}.Name`} apiName="Name" hint={t("hints.alibabaName")} />
      <SelectField
        path={`${path}.Bandwidth`}
        apiName="Bandwidth"
        options={ALIBABA_VPN_GATEWAY_BANDWIDTHS}
        numeric
        optionLabel={(v) => `${v} Mbps`}
      />
      <SelectField
        path={`${path}.InstanceChargeType`}
        apiName="InstanceChargeType"
        options={["POSTPAY", "PREPAY"]}
        optionLabel={(v) => t(`billing.${v as "PREPAY"}`)}
      />
      {charge === "PREPAY" ? (
        <>
          <SelectField
            path={`${path}.Period`}
            apiName="Period"
            options={PERIOD_MONTHS}
            numeric
            optional
            optionLabel={(v) => t("months", { count: Number(v) })}
          />
          <div className="sm:col-span-2">
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                {...form.register(`${path}.AutoPay`)}
                data-testid="alibaba-autopay"
              />
              {t("fields.AutoPay")}{" "}
              <span className="font-mono text-xs text-slate-500">AutoPay</span>
            </label>
            <p
              className={`mt-1 text-xs ${autoPay ? "text-amber-800" : "text-slate-600"}`}
              role={autoPay ? "alert" : undefined}
            >
              {t("hints.autoPay")}
            </p>
          </div>
        </>
      ) : null}
      <BooleanField path={`${path}.EnableIpsec`} apiName="EnableIpsec" apiDefault />
      <BooleanField path={`${path}.EnableSsl`} apiName="EnableSsl" apiDefault={false} />
      <SelectField
        path={`${path}.SslConnections`}
        apiName="SslConnections"
        options={ALIBABA_SSL_CONNECTIONS}
        numeric
        optional
        hint={t("hints.sslConnections")}
      />
      <SelectField
        path={`${path}.NetworkType`}
        apiName="NetworkType"
        options={["public", "private"]}
        optional
        apiDefault="public"
      />
      <SelectField
        path={`${path}.VpnType`}
        apiName="VpnType"
        options={["Normal", "NationalStandard"]}
        optional
        apiDefault="Normal"
      />
      <TextField path={`${path}.ResourceGroupId`} apiName="ResourceGroupId" />
    </div>
  );
}
