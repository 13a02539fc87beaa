"use client";

import { useTranslations } from "next-intl";
import { enumOptions } from "@/lib/design/wizard/enum-options";
import {
  ALIBABA_SSL_CONNECTIONS,
  ALIBABA_VPN_GATEWAY_BANDWIDTHS,
  vpnGatewayParamsSchema,
} from "@/lib/schemas/alibaba/create-vpn-gateway";
import { BooleanField, SelectField, TextField } from "../fields";
import { useWizard } from "../wizard-context";
import { BandwidthField, ChargeFields, PeriodField } from "./gateway-billing-fields";

const fields = vpnGatewayParamsSchema.shape;
/** Pay-as-you-go (the form's default) first; the schema lists subscription first. */
const CHARGE_TYPES = [...enumOptions(fields.InstanceChargeType)].reverse();
const NETWORK_TYPES = enumOptions(fields.NetworkType);
const VPN_TYPES = enumOptions(fields.VpnType);

/** Every parameter of Alibaba CreateVpnGateway a requester designs, under `path`. */
export function AlibabaGatewayFields({
  path,
}: {
  path: "site.gateway.params" | "alibaba.gateway.params";
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const autoPay = form.watch(`${path}.AutoPay`);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField path={`${path}.Name`} hint={t("hints.alibabaName")} />
      <BandwidthField path={`${path}.Bandwidth`} options={ALIBABA_VPN_GATEWAY_BANDWIDTHS} />
      <ChargeFields
        path={`${path}.InstanceChargeType`}
        options={CHARGE_TYPES}
        prepaid="PREPAY"
        prepaidOnly={`${path}.Period`}
      >
        <PeriodField path={`${path}.Period`} />
        <div className="sm:col-span-2">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              {...form.register(`${path}.AutoPay`)}
              data-testid="alibaba-autopay"
            />
            {t("fields.AutoPay")} <span className="font-mono text-xs text-slate-500">AutoPay</span>
          </label>
          <p
            className={`mt-1 text-xs ${autoPay ? "text-amber-800" : "text-slate-600"}`}
            role={autoPay ? "alert" : undefined}
          >
            {t("hints.autoPay")}
          </p>
        </div>
      </ChargeFields>
      <BooleanField path={`${path}.EnableIpsec`} apiDefault />
      <BooleanField path={`${path}.EnableSsl`} apiDefault={false} />
      <SelectField
        path={`${path}.SslConnections`}
        options={ALIBABA_SSL_CONNECTIONS}
        numeric
        optional
        hint={t("hints.sslConnections")}
      />
      <SelectField
        path={`${path}.NetworkType`}
        options={NETWORK_TYPES}
        optional
        apiDefault="public"
      />
      <SelectField path={`${path}.VpnType`} options={VPN_TYPES} optional apiDefault="Normal" />
      <TextField path={`${path}.ResourceGroupId`} />
    </div>
  );
}
