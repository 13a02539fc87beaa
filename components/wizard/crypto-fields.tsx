"use client";

import { useTranslations } from "next-intl";
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
} from "@/lib/design/crypto/vocabulary";
import {
  ALIBABA_AUTH,
  ALIBABA_IKE_ENC,
  ALIBABA_IKE_PFS,
  ALIBABA_IPSEC_PFS,
} from "@/lib/schemas/alibaba/vpn-connection-configs";
import {
  IKE_AUTHENTICATION,
  IKE_DH_GROUPS,
  IKE_ENCRYPTION,
  IPSEC_ENCRYPTION,
  IPSEC_INTEGRITY_LEGACY,
  IPSEC_PFS,
} from "@/lib/schemas/tencent/shared";
import { NumberField, SelectField, TextField } from "./fields";
import { useWizard } from "./wizard-context";

const keysOf = (table: object) => Object.keys(table);

function RecommendedButton({ onApply }: { onApply: () => void }) {
  const t = useTranslations("wizard");
  return (
    <button
      type="button"
      onClick={onApply}
      className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white"
      data-testid="use-recommended"
    >
      {t("tunnel.recommended")}
    </button>
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-3">{children}</div>
    </fieldset>
  );
}

const tencentDefault = (table: Parameters<typeof spell>[0], id: string, vendor: Vendor) =>
  spell(table, id, vendor);

/** Tencent IKEOptionsSpecification and IPSECOptionsSpecification, every value the API documents. */
export function TencentCryptoFields({ path }: { path: string }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const defaults = API_DEFAULTS.tencent;
  const ike = `${path}.IKEOptionsSpecification`;
  const ipsec = `${path}.IPSECOptionsSpecification`;
  const localIdentity = form.watch(`${ike}.LocalIdentity`);
  const remoteIdentity = form.watch(`${ike}.RemoteIdentity`);
  const apply = () => {
    const suite = toTencentOptions(RECOMMENDED_SUITE);
    form.setValue(
      ike,
      { ...(form.getValues(ike) as object), ...suite.IKEOptionsSpecification },
      { shouldDirty: true },
    );
    form.setValue(
      ipsec,
      { ...(form.getValues(ipsec) as object), ...suite.IPSECOptionsSpecification },
      { shouldDirty: true },
    );
  };
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-900">{t("tunnel.crypto")}</h4>
        <RecommendedButton onApply={apply} />
      </div>
      <Group title={t("tunnel.ike")}>
        <SelectField
          path={`${ike}.IKEVersion`}
          apiName="IKEVersion"
          options={["IKEV1", "IKEV2"]}
          optional
          apiDefault="IKEV1"
        />
        <SelectField
          path={`${ike}.ExchangeMode`}
          apiName="ExchangeMode"
          options={["MAIN", "AGGRESSIVE"]}
          optional
          apiDefault="MAIN"
        />
        <SelectField
          path={`${ike}.PropoEncryAlgorithm`}
          apiName="PropoEncryAlgorithm"
          options={IKE_ENCRYPTION}
          optional
          apiDefault={tencentDefault(ENCRYPTION, defaults.ike.encryption, "tencentIke")}
        />
        <SelectField
          path={`${ike}.PropoAuthenAlgorithm`}
          apiName="PropoAuthenAlgorithm"
          options={IKE_AUTHENTICATION}
          optional
          apiDefault={tencentDefault(INTEGRITY, defaults.ike.integrity, "tencentIke")}
        />
        <SelectField
          path={`${ike}.DhGroupName`}
          apiName="DhGroupName"
          options={IKE_DH_GROUPS}
          optional
          apiDefault={tencentDefault(DH_GROUP, defaults.ike.dhGroup, "tencentIke")}
        />
        <NumberField
          path={`${ike}.IKESaLifetimeSeconds`}
          apiName="IKESaLifetimeSeconds"
          placeholder={String(defaults.ike.lifetimeSeconds)}
        />
        <SelectField
          path={`${ike}.LocalIdentity`}
          apiName="LocalIdentity"
          options={["ADDRESS", "FQDN"]}
          optional
          apiDefault="ADDRESS"
        />
        {localIdentity === "FQDN" ? (
          <TextField path={`${ike}.LocalFqdnName`} apiName="LocalFqdnName" />
        ) : (
          <TextField path={`${ike}.LocalAddress`} apiName="LocalAddress" />
        )}
        <span />
        <SelectField
          path={`${ike}.RemoteIdentity`}
          apiName="RemoteIdentity"
          options={["ADDRESS", "FQDN"]}
          optional
          apiDefault="ADDRESS"
        />
        {remoteIdentity === "FQDN" ? (
          <TextField path={`${ike}.RemoteFqdnName`} apiName="RemoteFqdnName" />
        ) : (
          <TextField path={`${ike}.RemoteAddress`} apiName="RemoteAddress" />
        )}
      </Group>
      <Group title={t("tunnel.ipsec")}>
        <SelectField
          path={`${ipsec}.EncryptAlgorithm`}
          apiName="EncryptAlgorithm"
          options={IPSEC_ENCRYPTION}
          optional
          apiDefault={tencentDefault(ENCRYPTION, defaults.ipsec.encryption, "tencentIpsec")}
        />
        <SelectField
          path={`${ipsec}.IntegrityAlgorith`}
          apiName="IntegrityAlgorith"
          options={IPSEC_INTEGRITY_LEGACY}
          optional
          apiDefault={tencentDefault(INTEGRITY, defaults.ipsec.integrity, "tencentIpsec")}
        />
        <SelectField
          path={`${ipsec}.PfsDhGroup`}
          apiName="PfsDhGroup"
          options={IPSEC_PFS}
          optional
          apiDefault={PFS_OFF.tencentIpsec}
        />
        <NumberField
          path={`${ipsec}.IPSECSaLifetimeSeconds`}
          apiName="IPSECSaLifetimeSeconds"
          placeholder={String(defaults.ipsec.lifetimeSeconds)}
        />
        <NumberField
          path={`${ipsec}.IPSECSaLifetimeTraffic`}
          apiName="IPSECSaLifetimeTraffic"
          placeholder="1843200"
        />
      </Group>
    </div>
  );
}

/** Alibaba IkeConfig and IpsecConfig. */
export function AlibabaCryptoFields({ path }: { path: string }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const defaults = API_DEFAULTS.alibaba;
  const ike = `${path}.IkeConfig`;
  const ipsec = `${path}.IpsecConfig`;
  const apply = () => {
    const suite = toAlibabaConfig(RECOMMENDED_SUITE);
    form.setValue(
      ike,
      { ...(form.getValues(ike) as object), ...suite.IkeConfig },
      { shouldDirty: true },
    );
    form.setValue(
      ipsec,
      { ...(form.getValues(ipsec) as object), ...suite.IpsecConfig },
      { shouldDirty: true },
    );
  };
  const alibaba = (table: Parameters<typeof spell>[0], id: string) => spell(table, id, "alibaba");
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-900">{t("tunnel.crypto")}</h4>
        <RecommendedButton onApply={apply} />
      </div>
      <Group title={t("tunnel.ike")}>
        <SelectField
          path={`${ike}.IkeVersion`}
          apiName="IkeVersion"
          options={["ikev1", "ikev2"]}
          optional
          apiDefault="ikev1"
        />
        <SelectField
          path={`${ike}.IkeMode`}
          apiName="IkeMode"
          options={["main", "aggressive"]}
          optional
          apiDefault="main"
        />
        <SelectField
          path={`${ike}.IkeEncAlg`}
          apiName="IkeEncAlg"
          options={ALIBABA_IKE_ENC}
          optional
          apiDefault={alibaba(ENCRYPTION, defaults.ike.encryption)}
        />
        <SelectField
          path={`${ike}.IkeAuthAlg`}
          apiName="IkeAuthAlg"
          options={ALIBABA_AUTH}
          optional
          apiDefault={alibaba(INTEGRITY, defaults.ike.integrity)}
        />
        <SelectField
          path={`${ike}.IkePfs`}
          apiName="IkePfs"
          options={ALIBABA_IKE_PFS}
          optional
          apiDefault={alibaba(DH_GROUP, defaults.ike.dhGroup)}
        />
        <NumberField
          path={`${ike}.IkeLifetime`}
          apiName="IkeLifetime"
          placeholder={String(defaults.ike.lifetimeSeconds)}
        />
        <TextField path={`${ike}.LocalId`} apiName="LocalId" />
        <TextField path={`${ike}.RemoteId`} apiName="RemoteId" />
      </Group>
      <Group title={t("tunnel.ipsec")}>
        <SelectField
          path={`${ipsec}.IpsecEncAlg`}
          apiName="IpsecEncAlg"
          options={ALIBABA_IKE_ENC}
          optional
          apiDefault={alibaba(ENCRYPTION, defaults.ipsec.encryption)}
        />
        <SelectField
          path={`${ipsec}.IpsecAuthAlg`}
          apiName="IpsecAuthAlg"
          options={ALIBABA_AUTH}
          optional
          apiDefault={alibaba(INTEGRITY, defaults.ipsec.integrity)}
        />
        <SelectField
          path={`${ipsec}.IpsecPfs`}
          apiName="IpsecPfs"
          options={ALIBABA_IPSEC_PFS}
          optional
          apiDefault={
            defaults.ipsec.pfsGroup === "off"
              ? PFS_OFF.alibaba
              : alibaba(DH_GROUP, defaults.ipsec.pfsGroup)
          }
        />
        <NumberField
          path={`${ipsec}.IpsecLifetime`}
          apiName="IpsecLifetime"
          placeholder={String(defaults.ipsec.lifetimeSeconds)}
        />
      </Group>
    </div>
  );
}

/** Cloud ↔ cloud: one neutral suite, offered only where both clouds have the algorithm. */
export function NeutralSuiteFields({ path }: { path: string }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const both = (table: Parameters<typeof spell>[0], tencent: Vendor) =>
    keysOf(table).filter((id) => spell(table, id, tencent) && spell(table, id, "alibaba"));
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-900">{t("tunnel.crypto")}</h4>
        <RecommendedButton
          onApply={() =>
            form.setValue(path, structuredClone(RECOMMENDED_SUITE), { shouldDirty: true })
          }
        />
      </div>
      <Group title={t("tunnel.ike")}>
        <SelectField
          path={`${path}.ikeVersion`}
          apiName="ikeVersion"
          options={["ikev1", "ikev2"]}
        />
        <SelectField
          path={`${path}.exchangeMode`}
          apiName="exchangeMode"
          options={["main", "aggressive"]}
        />
        <SelectField
          path={`${path}.ike.encryption`}
          apiName="ike.encryption"
          options={both(ENCRYPTION, "tencentIke")}
        />
        <SelectField
          path={`${path}.ike.integrity`}
          apiName="ike.integrity"
          options={both(INTEGRITY, "tencentIke")}
        />
        <SelectField
          path={`${path}.ike.dhGroup`}
          apiName="ike.dhGroup"
          options={both(DH_GROUP, "tencentIke")}
        />
        <NumberField path={`${path}.ike.lifetimeSeconds`} apiName="ike.lifetimeSeconds" />
      </Group>
      <Group title={t("tunnel.ipsec")}>
        <SelectField
          path={`${path}.ipsec.encryption`}
          apiName="ipsec.encryption"
          options={both(ENCRYPTION, "tencentIpsec")}
        />
        <SelectField
          path={`${path}.ipsec.integrity`}
          apiName="ipsec.integrity"
          options={both(INTEGRITY, "tencentIpsec")}
        />
        <SelectField
          path={`${path}.ipsec.pfsGroup`}
          apiName="ipsec.pfsGroup"
          options={[...both(DH_GROUP, "tencentIpsec"), "off"]}
        />
        <NumberField path={`${path}.ipsec.lifetimeSeconds`} apiName="ipsec.lifetimeSeconds" />
      </Group>
    </div>
  );
}
