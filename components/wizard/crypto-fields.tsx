"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  API_DEFAULTS,
  RECOMMENDED_SUITE,
  toAlibabaConfig,
  toTencentOptions,
} from "@/lib/design/crypto/suite";
import {
  DH_GROUP,
  ENCRYPTION,
  INTEGRITY,
  PFS_OFF,
  spell,
  type Vendor,
} from "@/lib/net/crypto-vocabulary";
import { enumOptions, offeredOptions } from "@/lib/design/wizard/enum-options";
import {
  ALIBABA_AUTH,
  ALIBABA_IKE_ENC,
  ALIBABA_IKE_PFS,
  ALIBABA_IPSEC_PFS,
  ikeConfigSchema,
} from "@/lib/schemas/alibaba/vpn-connection-configs";
import { cryptoSuiteSchema } from "@/lib/schemas/link/tunnel";
import {
  IKE_AUTHENTICATION,
  IKE_DH_GROUPS,
  IKE_ENCRYPTION,
  IPSEC_ENCRYPTION,
  IPSEC_INTEGRITY_LEGACY,
  IPSEC_PFS,
  ikeOptionsSchema,
} from "@/lib/schemas/tencent/shared";
import { FieldList, type FieldSpec } from "./field-list";
import { TextField } from "./fields";
import { useWizard, type WizardPath } from "./wizard-context";

type Table = Parameters<typeof spell>[0];
const select = (
  name: string,
  options: readonly (string | number)[],
  apiDefault?: string | number,
) => ({ kind: "select", name, options, optional: true, apiDefault }) as const satisfies FieldSpec;
const seconds = (name: string, placeholder: number) =>
  ({ kind: "number", name, placeholder: String(placeholder) }) as const satisfies FieldSpec;

const tencentIke = ikeOptionsSchema.shape;
const alibabaIke = ikeConfigSchema("IkeConfig").shape;
const suite = cryptoSuiteSchema.shape;

const tc = API_DEFAULTS.tencent;
const tcSpell = (table: Table, id: string, vendor: Vendor) => spell(table, id, vendor);
const TENCENT_IKE: FieldSpec[] = [
  select("IKEVersion", enumOptions(tencentIke.IKEVersion), "IKEV1"),
  select("ExchangeMode", offeredOptions(tencentIke.ExchangeMode, ["MAIN", "AGGRESSIVE"]), "MAIN"),
  select(
    "PropoEncryAlgorithm",
    IKE_ENCRYPTION,
    tcSpell(ENCRYPTION, tc.ike.encryption, "tencentIke"),
  ),
  select(
    "PropoAuthenAlgorithm",
    IKE_AUTHENTICATION,
    tcSpell(INTEGRITY, tc.ike.integrity, "tencentIke"),
  ),
  select("DhGroupName", IKE_DH_GROUPS, tcSpell(DH_GROUP, tc.ike.dhGroup, "tencentIke")),
  seconds("IKESaLifetimeSeconds", tc.ike.lifetimeSeconds),
];
const TENCENT_IPSEC: FieldSpec[] = [
  select(
    "EncryptAlgorithm",
    IPSEC_ENCRYPTION,
    tcSpell(ENCRYPTION, tc.ipsec.encryption, "tencentIpsec"),
  ),
  select(
    "IntegrityAlgorith",
    IPSEC_INTEGRITY_LEGACY,
    tcSpell(INTEGRITY, tc.ipsec.integrity, "tencentIpsec"),
  ),
  select("PfsDhGroup", IPSEC_PFS, PFS_OFF.tencentIpsec),
  seconds("IPSECSaLifetimeSeconds", tc.ipsec.lifetimeSeconds),
  seconds("IPSECSaLifetimeTraffic", 1843200),
];

const ali = API_DEFAULTS.alibaba;
const aliSpell = (table: Table, id: string) => spell(table, id, "alibaba");
const ALIBABA_IKE: FieldSpec[] = [
  select("IkeVersion", enumOptions(alibabaIke.IkeVersion), "ikev1"),
  select("IkeMode", enumOptions(alibabaIke.IkeMode), "main"),
  select("IkeEncAlg", ALIBABA_IKE_ENC, aliSpell(ENCRYPTION, ali.ike.encryption)),
  select("IkeAuthAlg", ALIBABA_AUTH, aliSpell(INTEGRITY, ali.ike.integrity)),
  select("IkePfs", ALIBABA_IKE_PFS, aliSpell(DH_GROUP, ali.ike.dhGroup)),
  seconds("IkeLifetime", ali.ike.lifetimeSeconds),
  { kind: "text", name: "LocalId" },
  { kind: "text", name: "RemoteId" },
];
const ALIBABA_IPSEC: FieldSpec[] = [
  select("IpsecEncAlg", ALIBABA_IKE_ENC, aliSpell(ENCRYPTION, ali.ipsec.encryption)),
  select("IpsecAuthAlg", ALIBABA_AUTH, aliSpell(INTEGRITY, ali.ipsec.integrity)),
  select(
    "IpsecPfs",
    ALIBABA_IPSEC_PFS,
    ali.ipsec.pfsGroup === "off" ? PFS_OFF.alibaba : aliSpell(DH_GROUP, ali.ipsec.pfsGroup),
  ),
  seconds("IpsecLifetime", ali.ipsec.lifetimeSeconds),
];

/** Algorithms both clouds offer, for a cloud ↔ cloud link's one suite. */
const both = (table: Table, tencent: Vendor) =>
  Object.keys(table).filter((id) => spell(table, id, tencent) && spell(table, id, "alibaba"));
const required = (name: string, options: readonly string[]) =>
  ({ kind: "select", name, options }) as const satisfies FieldSpec;
const NEUTRAL_IKE: FieldSpec[] = [
  required("ikeVersion", enumOptions(suite.ikeVersion)),
  required("exchangeMode", enumOptions(suite.exchangeMode)),
  required("ike.encryption", both(ENCRYPTION, "tencentIke")),
  required("ike.integrity", both(INTEGRITY, "tencentIke")),
  required("ike.dhGroup", both(DH_GROUP, "tencentIke")),
  { kind: "number", name: "ike.lifetimeSeconds" },
];
const NEUTRAL_IPSEC: FieldSpec[] = [
  required("ipsec.encryption", both(ENCRYPTION, "tencentIpsec")),
  required("ipsec.integrity", both(INTEGRITY, "tencentIpsec")),
  required("ipsec.pfsGroup", [...both(DH_GROUP, "tencentIpsec"), "off"]),
  { kind: "number", name: "ipsec.lifetimeSeconds" },
];

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-3">{children}</div>
    </fieldset>
  );
}

/** IKE and IPsec groups with the one-click recommended suite; `recommended` maps group path → values. */
function CryptoSection({
  ike,
  ipsec,
  recommended,
  extraIke,
}: {
  ike: { prefix: WizardPath; specs: FieldSpec[] };
  ipsec: { prefix: WizardPath; specs: FieldSpec[] };
  recommended: [WizardPath, object][];
  extraIke?: ReactNode;
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const apply = () => {
    for (const [path, values] of recommended) {
      const current = form.getValues(path) as object | undefined;
      form.setValue(path, { ...current, ...values }, { shouldDirty: true });
    }
  };
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-900">{t("tunnel.crypto")}</h4>
        <button
          type="button"
          onClick={apply}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white"
          data-testid="use-recommended"
        >
          {t("tunnel.recommended")}
        </button>
      </div>
      <Group title={t("tunnel.ike")}>
        <FieldList prefix={ike.prefix} specs={ike.specs} />
        {extraIke}
      </Group>
      <Group title={t("tunnel.ipsec")}>
        <FieldList prefix={ipsec.prefix} specs={ipsec.specs} />
      </Group>
    </div>
  );
}

/** One end's IKE identity: its kind (address or FQDN), then the value of that kind. */
function IdentityFields({
  ike,
  side,
}: {
  ike: "site.tunnel.params.IKEOptionsSpecification";
  side: "Local" | "Remote";
}) {
  const { form } = useWizard();
  const identity = form.watch(`${ike}.${side}Identity`);
  const value = identity === "FQDN" ? (`${side}FqdnName` as const) : (`${side}Address` as const);
  return (
    <>
      <FieldList
        prefix={ike}
        specs={[select(`${side}Identity`, enumOptions(tencentIke[`${side}Identity`]), "ADDRESS")]}
      />
      <TextField key={value} path={`${ike}.${value}`} />
    </>
  );
}

/** Tencent IKEOptionsSpecification and IPSECOptionsSpecification, every value the API documents. */
export function TencentCryptoFields({ path }: { path: "site.tunnel.params" }) {
  const ike = `${path}.IKEOptionsSpecification` as const;
  const ipsec = `${path}.IPSECOptionsSpecification` as const;
  const suite = toTencentOptions(RECOMMENDED_SUITE);
  return (
    <CryptoSection
      ike={{ prefix: ike, specs: TENCENT_IKE }}
      ipsec={{ prefix: ipsec, specs: TENCENT_IPSEC }}
      recommended={[
        [ike, suite.IKEOptionsSpecification],
        [ipsec, suite.IPSECOptionsSpecification],
      ]}
      extraIke={
        <>
          <IdentityFields ike={ike} side="Local" />
          <span />
          <IdentityFields ike={ike} side="Remote" />
        </>
      }
    />
  );
}

/** Alibaba IkeConfig and IpsecConfig (`TunnelIkeConfig` / `TunnelIpsecConfig` for one of two tunnels). */
export function AlibabaCryptoFields(
  props:
    | { path: "site.tunnel.params"; perTunnel?: false }
    | { path: `site.tunnel.params.TunnelOptionsSpecification.${number}`; perTunnel: true },
) {
  const suite = toAlibabaConfig(RECOMMENDED_SUITE);
  const { ike, ipsec } = props.perTunnel
    ? {
        ike: `${props.path}.TunnelIkeConfig` as const,
        ipsec: `${props.path}.TunnelIpsecConfig` as const,
      }
    : { ike: `${props.path}.IkeConfig` as const, ipsec: `${props.path}.IpsecConfig` as const };
  return (
    <CryptoSection
      ike={{ prefix: ike, specs: ALIBABA_IKE }}
      ipsec={{ prefix: ipsec, specs: ALIBABA_IPSEC }}
      recommended={[
        [ike, suite.IkeConfig],
        [ipsec, suite.IpsecConfig],
      ]}
    />
  );
}

/** Cloud ↔ cloud: one neutral suite, offered only where both clouds have the algorithm. */
export function NeutralSuiteFields({ path }: { path: "tunnel.suite" }) {
  return (
    <CryptoSection
      ike={{ prefix: path, specs: NEUTRAL_IKE }}
      ipsec={{ prefix: path, specs: NEUTRAL_IPSEC }}
      recommended={[[path, structuredClone(RECOMMENDED_SUITE)]]}
    />
  );
}
