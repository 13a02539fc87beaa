"use client";

import { useTranslations } from "next-intl";
import { AlibabaCryptoFields } from "../crypto-fields";
import { FieldList, type FieldSpec } from "../field-list";
import { FieldMessages } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { RadioChoice } from "../radio-choice";
import { useTunnelCount } from "../use-tunnel-count";
import { useWizard } from "../wizard-context";

/** One tunnel, or two from the gateway's two addresses (Alibaba `TunnelOptionsSpecification`). */
export function TunnelCountChoice({ params }: { params: "site.tunnel.params" }) {
  const t = useTranslations("wizard.tunnel.dual");
  const { dual, setDual } = useTunnelCount(params);
  return (
    <div data-testid="alibaba-tunnel-count">
      <RadioChoice
        name={`${params}-tunnel-count`}
        legend={t("count")}
        options={["single", "dual"]}
        value={dual ? "dual" : "single"}
        onChoose={(option) => setDual(option === "dual")}
        layout="flex gap-4 text-sm"
        render={(option) => t(option === "dual" ? "two" : "one")}
      >
        <p className="mt-1 text-xs text-slate-600">{t("hint")}</p>
        <FieldMessages path={`${params}.TunnelOptionsSpecification`} />
      </RadioChoice>
    </div>
  );
}

const TUNNEL_OPTIONS: FieldSpec[] = [
  { kind: "boolean", name: "EnableDpd", apiDefault: true },
  { kind: "boolean", name: "EnableNatTraversal", apiDefault: true },
  { kind: "number", name: "TunnelBgpConfig.LocalAsn", placeholder: "45104" },
  { kind: "text", name: "TunnelBgpConfig.TunnelCidr", placeholder: "169.254.11.0/30" },
  { kind: "text", name: "TunnelBgpConfig.LocalBgpIp" },
];

/** The master and the slave tunnel, each with its peer, options and crypto. */
export function DualTunnels({ params }: { params: "site.tunnel.params" }) {
  const tunnels = useWizard().form.watch(`${params}.TunnelOptionsSpecification`);
  return (
    <div className="space-y-4">
      {(tunnels ?? []).map((tunnel, index) => (
        <OneOfTwoTunnels
          key={index}
          path={`${params}.TunnelOptionsSpecification.${index}`}
          role={tunnel?.Role === "slave" ? "slave" : "master"}
        />
      ))}
    </div>
  );
}

function OneOfTwoTunnels({
  path,
  role,
}: {
  path: `site.tunnel.params.TunnelOptionsSpecification.${number}`;
  role: "master" | "slave";
}) {
  const t = useTranslations("wizard.tunnel.dual");
  const { form } = useWizard();
  const site = form.watch("site") ?? {};
  const peers = usePickerItems(
    "alibaba",
    "customer-gateways",
    { account: site.account, region: site.region },
    Boolean(site.region),
  );
  const own = form.watch(`${path}.CustomerGatewayId`) ?? "";
  return (
    <section
      className="space-y-3 rounded-md border border-slate-200 p-3"
      data-testid={`alibaba-tunnel-${role}`}
    >
      <h4 className="text-sm font-semibold text-slate-900">
        {t(role)} <span className="ml-1 font-mono text-xs text-slate-500">Role = {role}</span>
      </h4>
      <div className="grid gap-4 sm:grid-cols-3">
        <PickerSelect
          path={`${path}.CustomerGatewayId`}
          label={t("peer")}
          choices={peers}
          value={own}
          onPick={(item) =>
            form.setValue(`${path}.CustomerGatewayId`, item?.id, {
              shouldDirty: true,
              shouldTouch: true,
            })
          }
          describe={(item) => [item.id, item.name, item.ipAddress].filter(Boolean).join(" · ")}
          placeholder={t("linkPeer")}
          testId={`alibaba-tunnel-${role}-peer`}
        />
        <FieldList prefix={path} specs={TUNNEL_OPTIONS} />
      </div>
      <AlibabaCryptoFields path={path} perTunnel />
    </section>
  );
}
