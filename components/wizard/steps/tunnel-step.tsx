"use client";

import { useTranslations } from "next-intl";
import { PROVIDERS, type Provider } from "@/lib/design/wizard/form-values";
import { enumOptions, offeredOptions } from "@/lib/design/wizard/enum-options";
import {
  TENCENT_DPD_ENABLE,
  TENCENT_NEGOTIATION_TYPES,
  vpnConnectionParamsSchema,
} from "@/lib/schemas/tencent/create-vpn-connection";
import { CidrListEditor } from "../cidr-list-editor";
import { FieldList, type FieldSpec } from "../field-list";
import { AlibabaCryptoFields, NeutralSuiteFields, TencentCryptoFields } from "../crypto-fields";
import { BooleanField, SelectField, TextField } from "../fields";
import { PskField } from "../psk-field";
import { RoutesSection } from "../routes-section";
import { SpdEditor } from "../spd-editor";
import { TagsEditor, TAG_LIMITS } from "../tags-editor";
import { WizardFindings } from "../wizard-findings";
import { useTunnelCount } from "../use-tunnel-count";
import { useWizard } from "../wizard-context";
import { DualTunnels, TunnelCountChoice } from "./dual-tunnels";

/** Step 5: the tunnel — name, key, protected networks, IKE and IPsec — and its routes. */
export function TunnelStep() {
  const { form } = useWizard();
  const kind = form.watch("kind");
  const provider = form.watch("site.provider") as Provider;
  return (
    <div className="space-y-6">
      {kind === "cloudToCloud" ? (
        <CloudToCloudTunnel />
      ) : provider === "tencent" ? (
        <TencentTunnel path="site.tunnel" />
      ) : (
        <AlibabaTunnel path="site.tunnel" />
      )}
      <RoutesSection />
      <WizardFindings />
    </div>
  );
}

const tencentFields = vpnConnectionParamsSchema.shape;
/** `STATIC` is a legacy spelling of StaticRoute: not offered. */
const TENCENT_ROUTE_TYPES = offeredOptions(tencentFields.RouteType, [
  "Policy",
  "StaticRoute",
  "Bgp",
]);

const TENCENT_ADVANCED: FieldSpec[] = [
  {
    kind: "select",
    name: "NegotiationType",
    options: TENCENT_NEGOTIATION_TYPES,
    optional: true,
    apiDefault: "active",
  },
  {
    kind: "select",
    name: "DpdEnable",
    options: TENCENT_DPD_ENABLE,
    numeric: true,
    optional: true,
    apiDefault: 0,
  },
  { kind: "text", name: "DpdTimeout", placeholder: "30" },
  {
    kind: "select",
    name: "DpdAction",
    options: enumOptions(tencentFields.DpdAction),
    optional: true,
    // The request doc says restart, the VpnConnection output doc clear (cloud-api.md §open questions).
    apiDefault: { disputed: ["restart", "clear"] },
  },
  { kind: "boolean", name: "EnableHealthCheck", apiDefault: false },
  { kind: "text", name: "HealthCheckLocalIp" },
  { kind: "text", name: "HealthCheckRemoteIp" },
  { kind: "number", name: "HealthCheckConfig.ProbeInterval" },
  { kind: "number", name: "HealthCheckConfig.ProbeThreshold" },
  { kind: "number", name: "HealthCheckConfig.ProbeTimeout" },
];
const TENCENT_BGP: FieldSpec[] = [
  { kind: "text", name: "BgpConfig.TunnelCidr", placeholder: "169.254.10.0/30" },
  { kind: "text", name: "BgpConfig.LocalBgpIp" },
  { kind: "text", name: "BgpConfig.RemoteBgpIp" },
];
/** What a dual-tunnel connection keeps at the top level (the rest is set per tunnel). */
const ALIBABA_DUAL_ADVANCED: FieldSpec[] = [
  { kind: "boolean", name: "AutoConfigRoute", apiDefault: true },
  { kind: "boolean", name: "EnableTunnelsBgp", apiDefault: false },
];
const ALIBABA_ADVANCED: FieldSpec[] = [
  { kind: "boolean", name: "AutoConfigRoute", apiDefault: true },
  { kind: "boolean", name: "EnableDpd", apiDefault: true },
  { kind: "boolean", name: "EnableNatTraversal", apiDefault: true },
  { kind: "boolean", name: "BgpConfig.EnableBgp", apiDefault: false },
  { kind: "number", name: "BgpConfig.LocalAsn" },
  { kind: "text", name: "BgpConfig.TunnelCidr", placeholder: "169.254.11.0/30" },
  { kind: "text", name: "BgpConfig.LocalBgpIp" },
  { kind: "boolean", name: "HealthCheckConfig.enable", apiDefault: false },
  { kind: "text", name: "HealthCheckConfig.dip" },
  { kind: "text", name: "HealthCheckConfig.sip" },
  { kind: "number", name: "HealthCheckConfig.interval" },
  { kind: "number", name: "HealthCheckConfig.retry" },
];

function Advanced({ children }: { children: React.ReactNode }) {
  const t = useTranslations("wizard");
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {t("tunnel.advanced")}
      </summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">{children}</div>
    </details>
  );
}

function TencentTunnel({ path }: { path: "site.tunnel" }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const params = `${path}.params` as const;
  const routeType = form.watch(`${params}.RouteType`);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path={`${params}.VpnConnectionName`} hint={t("hints.tunnelName")} />
        <SelectField
          path={`${params}.RouteType`}
          options={TENCENT_ROUTE_TYPES}
          optional
          apiDefault="STATIC"
        />
      </div>
      <PskField path={`${path}.psk`} />
      {routeType === "Policy" || routeType === undefined ? (
        <SpdEditor path={`${params}.SecurityPolicyDatabases`} />
      ) : null}
      <TencentCryptoFields path={params} />
      <Advanced>
        <FieldList prefix={params} specs={TENCENT_ADVANCED} />
        {routeType === "Bgp" ? <FieldList prefix={params} specs={TENCENT_BGP} /> : null}
      </Advanced>
      <TagsEditor path={`${params}.Tags`} max={TAG_LIMITS.tencent} testId="tencent-tunnel-tags" />
    </>
  );
}

/** Alibaba keeps subnets as one comma-separated text; the editor shows them as a list. */
function SubnetList({
  path,
  label,
  testId,
}: {
  path: "site.tunnel.params.LocalSubnet" | "site.tunnel.params.RemoteSubnet";
  label: string;
  testId: string;
}) {
  const { form } = useWizard();
  const text = form.watch(path) ?? "";
  const values = text === "" ? [""] : text.split(",");
  return (
    <CidrListEditor
      path={path}
      values={values}
      label={label}
      testId={testId}
      onChange={(next) =>
        form.setValue(path, next.join(","), { shouldDirty: true, shouldTouch: true })
      }
    />
  );
}

function AlibabaTunnel({ path }: { path: "site.tunnel" }) {
  const t = useTranslations("wizard");
  const params = `${path}.params` as const;
  const { dual } = useTunnelCount(params);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path={`${params}.Name`} />
        <BooleanField path={`${params}.EffectImmediately`} apiDefault={false} />
      </div>
      <PskField path={`${path}.psk`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SubnetList
          path={`${params}.LocalSubnet`}
          label={t("tunnel.localSubnets")}
          testId="local-subnets"
        />
        <SubnetList
          path={`${params}.RemoteSubnet`}
          label={t("tunnel.remoteSubnets")}
          testId="remote-subnets"
        />
      </div>
      <TunnelCountChoice params={params} />
      {dual ? <DualTunnels params={params} /> : <AlibabaCryptoFields path={params} />}
      <Advanced>
        <FieldList prefix={params} specs={dual ? ALIBABA_DUAL_ADVANCED : ALIBABA_ADVANCED} />
      </Advanced>
      <TagsEditor path={`${params}.Tags`} max={TAG_LIMITS.alibaba} testId="alibaba-tunnel-tags" />
    </>
  );
}

function CloudToCloudTunnel() {
  const t = useTranslations("wizard");
  const { form } = useWizard();

  return (
    <>
      <TextField path="tunnel.name" label={t("tunnel.name")} hint={t("hints.tunnelName")} />
      <PskField path="tunnel.psk" />
      <div className="grid gap-4 sm:grid-cols-2">
        {PROVIDERS.map((provider) => {
          const path = `tunnel.${provider}Cidrs` as const;
          return (
            <CidrListEditor
              key={provider}
              path={path}
              values={(form.watch(path) as string[] | undefined) ?? [""]}
              label={t(path)}
              testId={`${provider}-cidrs`}
              onChange={(next) =>
                form.setValue(path, next, { shouldDirty: true, shouldTouch: true })
              }
            />
          );
        })}
      </div>
      <NeutralSuiteFields path="tunnel.suite" />
    </>
  );
}
