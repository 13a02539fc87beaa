"use client";

import { useTranslations } from "next-intl";
import { FieldMessages } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { useWizard, type CloudSide } from "../wizard-context";

/** A VPN gateway that already exists in the site's VPC, picked from the cloud's live list. */
export function ExistingGateway(side: CloudSide) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const { prefix, provider } = side;
  const site = form.watch(prefix) ?? {};
  const gatewayId = form.watch(`${prefix}.gateway.id`);
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
        choices={gateways}
        value={gatewayId ?? ""}
        onPick={(item) => {
          form.setValue(`${prefix}.gateway.id`, item?.id ?? "", {
            shouldDirty: true,
            shouldTouch: true,
          });
          form.setValue(`${prefix}.gateway.publicIp`, item?.ipAddress, { shouldDirty: true });
          if (side.provider === "tencent") {
            form.setValue(
              `${side.prefix}.gateway.otherTunnels`,
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
