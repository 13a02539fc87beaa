"use client";

import { useTranslations } from "next-intl";
import { enumOptions, offeredOptions } from "@/lib/design/wizard/enum-options";
import {
  TENCENT_SSL_MAX_CONNECTIONS,
  TENCENT_VPN_GATEWAY_BANDWIDTHS,
  vpnGatewayParamsSchema,
} from "@/lib/schemas/tencent/create-vpn-gateway";
import { FieldMessages, NumberField, SelectField, TextField } from "../fields";
import { TagsEditor, TAG_LIMITS } from "../tags-editor";
import { useWizard } from "../wizard-context";
import { BandwidthField, ChargeFields, PeriodField } from "./gateway-billing-fields";

const fields = vpnGatewayParamsSchema.shape;
const CHARGE_TYPES = enumOptions(fields.InstanceChargeType);
const RENEW_FLAGS = enumOptions(fields.InstanceChargePrepaid.unwrap().shape.RenewFlag);
/** CCN gateway types attach to a cloud connect network, which this portal does not design. */
const GATEWAY_TYPES = offeredOptions(fields.Type, ["IPSEC", "SSL"]);

/** Every parameter of Tencent CreateVpnGateway a requester designs, under `path`. */
export function TencentGatewayFields({
  path,
}: {
  path: "site.gateway.params" | "tencent.gateway.params";
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const type = form.watch(`${path}.Type`);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField path={`${path}.VpnGatewayName`} hint={t("hints.tencentName")} />
      <BandwidthField
        path={`${path}.InternetMaxBandwidthOut`}
        options={TENCENT_VPN_GATEWAY_BANDWIDTHS}
      />
      <ChargeFields
        path={`${path}.InstanceChargeType`}
        options={CHARGE_TYPES}
        prepaid="PREPAID"
        prepaidOnly={`${path}.InstanceChargePrepaid`}
      >
        <PeriodField path={`${path}.InstanceChargePrepaid.Period`} label={t("fields.Period")} />
        <SelectField
          path={`${path}.InstanceChargePrepaid.RenewFlag`}
          label={t("fields.RenewFlag")}
          options={RENEW_FLAGS}
          optional
          apiDefault="NOTIFY_AND_AUTO_RENEW"
        />
      </ChargeFields>
      <FieldMessages path={`${path}.InstanceChargePrepaid`} />
      <SelectField path={`${path}.Type`} options={GATEWAY_TYPES} optional apiDefault="IPSEC" />
      {type === "SSL" ? (
        <SelectField
          path={`${path}.MaxConnection`}
          options={TENCENT_SSL_MAX_CONNECTIONS}
          numeric
          optional
          apiDefault={5}
        />
      ) : null}
      <TextField path={`${path}.Zone`} placeholder="ap-guangzhou-3" />
      <NumberField path={`${path}.BgpAsn`} />
      <TextField path={`${path}.CdcId`} />
      <TagsEditor path={`${path}.Tags`} max={TAG_LIMITS.tencent} testId="tencent-gateway-tags" />
    </div>
  );
}
