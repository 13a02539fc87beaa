"use client";

import { useTranslations } from "next-intl";
import type { Provider } from "@/lib/design/wizard/form-values";
import { FieldMessages } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { useWizard } from "../wizard-context";

/** A VPN gateway that already exists in the site's VPC, picked from the cloud's live list. */
export function ExistingGateway({ prefix, provider }: { prefix: string; provider: Provider }) {
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
