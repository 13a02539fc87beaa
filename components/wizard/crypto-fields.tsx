"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  API_DEFAULTS,
  RECOMMENDED_SUITE,
  type SuiteField,
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
import { SUITE_FIELD_PATHS } from "@/lib/design/findings";
import { enumOptions, offeredOptions } from "@/lib/design/wizard/enum-options";
import { PROVIDERS } from "@/lib/design/wizard/form-values";
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
/** A select whose API default is a suite value (`table`'s `id`), spelled as `vendor` spells it. */
const spelledBy =
  (vendor: Vendor) => (name: string, options: readonly string[], table: Table, id: string) =>
    select(name, options, spell(table, id, vendor));
const seconds = (name: string, placeholder: number) =>
  ({ kind: "number", name, placeholder: String(placeholder) }) as const satisfies FieldSpec;

const tencentIke = ikeOptionsSchema.shape;
const alibabaIke = ikeConfigSchema("IkeConfig").shape;
const suite = cryptoSuiteSchema.shape;

const tc = API_DEFAULTS.tencent;
const tencentIkeSelect = spelledBy("tencentIke");
const tencentIpsecSelect = spelledBy("tencentIpsec");
const TENCENT_IKE: FieldSpec[] = [
  select("IKEVersion", enumOptions(tencentIke.IKEVersion), "IKEV1"),
  select("ExchangeMode", offeredOptions(tencentIke.ExchangeMode, ["MAIN", "AGGRESSIVE"]), "MAIN"),
  tencentIkeSelect("PropoEncryAlgorithm", IKE_ENCRYPTION, ENCRYPTION, tc.ike.encryption),
  tencentIkeSelect("PropoAuthenAlgorithm", IKE_AUTHENTICATION, INTEGRITY, tc.ike.integrity),
  tencentIkeSelect("DhGroupName", IKE_DH_GROUPS, DH_GROUP, tc.ike.dhGroup),
  seconds("IKESaLifetimeSeconds", tc.ike.lifetimeSeconds),
];
const TENCENT_IPSEC: FieldSpec[] = [
  tencentIpsecSelect("EncryptAlgorithm", IPSEC_ENCRYPTION, ENCRYPTION, tc.ipsec.encryption),
  tencentIpsecSelect("IntegrityAlgorith", IPSEC_INTEGRITY_LEGACY, INTEGRITY, tc.ipsec.integrity),
  select("PfsDhGroup", IPSEC_PFS, PFS_OFF.tencentIpsec),
  seconds("IPSECSaLifetimeSeconds", tc.ipsec.lifetimeSeconds),
  seconds("IPSECSaLifetimeTraffic", 1843200),
];

const ali = API_DEFAULTS.alibaba;
const alibabaSelect = spelledBy("alibaba");
const ALIBABA_IKE: FieldSpec[] = [
  select("IkeVersion", enumOptions(alibabaIke.IkeVersion), "ikev1"),
  select("IkeMode", enumOptions(alibabaIke.IkeMode), "main"),
  alibabaSelect("IkeEncAlg", ALIBABA_IKE_ENC, ENCRYPTION, ali.ike.encryption),
  alibabaSelect("IkeAuthAlg", ALIBABA_AUTH, INTEGRITY, ali.ike.integrity),
  alibabaSelect("IkePfs", ALIBABA_IKE_PFS, DH_GROUP, ali.ike.dhGroup),
  seconds("IkeLifetime", ali.ike.lifetimeSeconds),
  { kind: "text", name: "LocalId" },
  { kind: "text", name: "RemoteId" },
];
const ALIBABA_IPSEC: FieldSpec[] = [
  alibabaSelect("IpsecEncAlg", ALIBABA_IKE_ENC, ENCRYPTION, ali.ipsec.encryption),
  alibabaSelect("IpsecAuthAlg", ALIBABA_AUTH, INTEGRITY, ali.ipsec.integrity),
  ali.ipsec.pfsGroup === "off"
    ? select("IpsecPfs", ALIBABA_IPSEC_PFS, PFS_OFF.alibaba)
    : alibabaSelect("IpsecPfs", ALIBABA_IPSEC_PFS, DH_GROUP, ali.ipsec.pfsGroup),
  seconds("IpsecLifetime", ali.ipsec.lifetimeSeconds),
];

/** Algorithms both clouds offer, for a cloud ↔ cloud link's one suite. */
const both = (table: Table, tencent: Vendor) =>
  Object.keys(table).filter((id) => spell(table, id, tencent) && spell(table, id, "alibaba"));
/** A neutral suite field is sent as one parameter to each cloud: both names are its API name. */
const bothApiNames = (field: SuiteField) =>
  PROVIDERS.map((provider) => SUITE_FIELD_PATHS[provider][field].split(".").at(-1)).join(" · ");
const required = (name: SuiteField, options: readonly string[]) =>
  ({ kind: "select", name, options, apiName: bothApiNames(name) }) as const satisfies FieldSpec;
const lifetime = (name: SuiteField) =>
  ({ kind: "number", name, apiName: bothApiNames(name) }) as const satisfies FieldSpec;
const NEUTRAL_IKE: FieldSpec[] = [
  required("ikeVersion", enumOptions(suite.ikeVersion)),
  required("exchangeMode", enumOptions(suite.exchangeMode)),
  required("ike.encryption", both(ENCRYPTION, "tencentIke")),
  required("ike.integrity", both(INTEGRITY, "tencentIke")),
  required("ike.dhGroup", both(DH_GROUP, "tencentIke")),
  lifetime("ike.lifetimeSeconds"),
];
const NEUTRAL_IPSEC: FieldSpec[] = [
  required("ipsec.encryption", both(ENCRYPTION, "tencentIpsec")),
  required("ipsec.integrity", both(INTEGRITY, "tencentIpsec")),
  required("ipsec.pfsGroup", [...both(DH_GROUP, "tencentIpsec"), "off"]),
  lifetime("ipsec.lifetimeSeconds"),
];

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-3">{children}</div>
    </fieldset>
  );
}

/** A group of crypto parameters under `prefix`, and the recommended suite's values for it. */
type CryptoGroup = { prefix: WizardPath; specs: FieldSpec[]; recommended: object };

/** IKE and IPsec groups with the one-click recommended suite. */
function CryptoSection({
  ike,
  ipsec,
  extraIke,
}: {
  ike: CryptoGroup;
  ipsec: CryptoGroup;
  extraIke?: ReactNode;
}) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const apply = () => {
    for (const { prefix, recommended } of [ike, ipsec]) {
      const current = form.getValues(prefix) as object | undefined;
      form.setValue(prefix, { ...current, ...recommended }, { shouldDirty: true });
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
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const identity = form.watch(`${ike}.${side}Identity`);
  const value = identity === "FQDN" ? (`${side}FqdnName` as const) : (`${side}Address` as const);
  return (
    <>
      <FieldList
        prefix={ike}
        specs={[select(`${side}Identity`, enumOptions(tencentIke[`${side}Identity`]), "ADDRESS")]}
      />
      <TextField
        key={value}
        path={`${ike}.${value}`}
        hint={value === "LocalAddress" ? t("hints.localAddress") : undefined}
      />
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
      ike={{ prefix: ike, specs: TENCENT_IKE, recommended: suite.IKEOptionsSpecification }}
      ipsec={{ prefix: ipsec, specs: TENCENT_IPSEC, recommended: suite.IPSECOptionsSpecification }}
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
      ike={{ prefix: ike, specs: ALIBABA_IKE, recommended: suite.IkeConfig }}
      ipsec={{ prefix: ipsec, specs: ALIBABA_IPSEC, recommended: suite.IpsecConfig }}
    />
  );
}

/** Cloud ↔ cloud: one neutral suite, offered only where both clouds have the algorithm. */
export function NeutralSuiteFields({ path }: { path: "tunnel.suite" }) {
  // Both groups live in the one suite object: each takes the recommended suite's own half.
  const { ike, ipsec, ...shared } = structuredClone(RECOMMENDED_SUITE);
  return (
    <CryptoSection
      ike={{ prefix: path, specs: NEUTRAL_IKE, recommended: { ...shared, ike } }}
      ipsec={{ prefix: path, specs: NEUTRAL_IPSEC, recommended: { ipsec } }}
    />
  );
}
