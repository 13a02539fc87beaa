import {
  DH_GROUP,
  ENCRYPTION,
  INTEGRITY,
  PFS_OFF,
  parseSpelling,
  spell,
  spellOrThrow,
  type DhGroup,
  type Encryption,
  type Integrity,
  type Vendor,
} from "@/lib/net/crypto-vocabulary";

/** A tunnel's crypto settings in the portal's neutral vocabulary, every field resolved. */
export type CryptoSuite = {
  ikeVersion: "ikev1" | "ikev2";
  exchangeMode: "main" | "aggressive";
  ike: { encryption: Encryption; integrity: Integrity; dhGroup: DhGroup; lifetimeSeconds: number };
  ipsec: {
    encryption: Encryption;
    integrity: Integrity;
    pfsGroup: DhGroup | "off";
    lifetimeSeconds: number;
  };
};

export type SuiteField =
  | "ikeVersion"
  | "exchangeMode"
  | "ike.encryption"
  | "ike.integrity"
  | "ike.dhGroup"
  | "ike.lifetimeSeconds"
  | "ipsec.encryption"
  | "ipsec.integrity"
  | "ipsec.pfsGroup"
  | "ipsec.lifetimeSeconds";

/** A suite plus the fields the user left out, which take the API's default. */
export type ResolvedSuite = { suite: CryptoSuite; defaulted: SuiteField[] };

export type CryptoProvider = "tencent" | "alibaba";

/**
 * What each API applies when a field is omitted (cloud-api.md §2.3, §4.4). Tencent's IPsec
 * lifetime default is documented as both 14400 s and 3600 s; real responses show 3600.
 */
export const API_DEFAULTS: Record<CryptoProvider, CryptoSuite> = {
  tencent: {
    ikeVersion: "ikev1",
    exchangeMode: "main",
    ike: { encryption: "3des", integrity: "sha1", dhGroup: "1", lifetimeSeconds: 86400 },
    ipsec: { encryption: "aes128", integrity: "sha1", pfsGroup: "off", lifetimeSeconds: 3600 },
  },
  alibaba: {
    ikeVersion: "ikev1",
    exchangeMode: "main",
    ike: { encryption: "aes128", integrity: "md5", dhGroup: "2", lifetimeSeconds: 86400 },
    ipsec: { encryption: "aes128", integrity: "md5", pfsGroup: "2", lifetimeSeconds: 86400 },
  },
};

/** The strongest suite both clouds and strongSwan all offer (anchors.md §3c): AES-256, SHA-256, group 14, PFS on, IKEv2. */
export const RECOMMENDED_SUITE: CryptoSuite = {
  ikeVersion: "ikev2",
  exchangeMode: "main",
  ike: { encryption: "aes256", integrity: "sha256", dhGroup: "14", lifetimeSeconds: 86400 },
  ipsec: { encryption: "aes256", integrity: "sha256", pfsGroup: "14", lifetimeSeconds: 3600 },
};

export type TencentCryptoOptions = {
  IKEOptionsSpecification?: {
    PropoEncryAlgorithm?: string;
    PropoAuthenAlgorithm?: string;
    ExchangeMode?: string;
    DhGroupName?: string;
    IKESaLifetimeSeconds?: number;
    IKEVersion?: string;
  };
  IPSECOptionsSpecification?: {
    EncryptAlgorithm?: string;
    IntegrityAlgorith?: string;
    PfsDhGroup?: string;
    IPSECSaLifetimeSeconds?: number;
  };
};

export type AlibabaCryptoConfig = {
  IkeConfig?: {
    IkeVersion?: string;
    IkeMode?: string;
    IkeEncAlg?: string;
    IkeAuthAlg?: string;
    IkePfs?: string;
    IkeLifetime?: number;
  };
  IpsecConfig?: {
    IpsecEncAlg?: string;
    IpsecAuthAlg?: string;
    IpsecPfs?: string;
    IpsecLifetime?: number;
  };
};

class SuiteResolver {
  readonly defaulted: SuiteField[] = [];
  constructor(private readonly defaults: CryptoSuite) {}

  pick<T>(
    field: SuiteField,
    value: string | number | undefined,
    parse: (v: string) => T | undefined,
  ): T {
    if (value === undefined || value === "") {
      this.defaulted.push(field);
      return readField(this.defaults, field) as T;
    }
    const parsed = parse(String(value));
    if (parsed === undefined) throw new Error(`Unknown value "${value}" for ${field}`);
    return parsed;
  }
}

function readField(suite: CryptoSuite, field: SuiteField): unknown {
  const [head, tail] = field.split(".") as [keyof CryptoSuite, string | undefined];
  const node = suite[head];
  return tail ? (node as Record<string, unknown>)[tail] : node;
}

const lower =
  <T extends string>(allowed: readonly T[]) =>
  (v: string) =>
    allowed.find((a) => a === v.toLowerCase());
const seconds = (v: string) => (Number.isInteger(Number(v)) ? Number(v) : undefined);

/** One API's crypto fields, named neutrally: what `resolveSuite` reads. */
type SpelledSuite = {
  ikeVersion: string | undefined;
  exchangeMode: string | undefined;
  ikeEncryption: string | undefined;
  ikeIntegrity: string | undefined;
  dhGroup: string | undefined;
  ikeLifetime: string | number | undefined;
  ipsecEncryption: string | undefined;
  ipsecIntegrity: string | undefined;
  pfsGroup: string | undefined;
  ipsecLifetime: string | number | undefined;
};

/** How one API spells a suite: its vocabulary columns, and how it says "no PFS". */
type Dialect = {
  defaults: CryptoSuite;
  ike: Vendor;
  ipsec: Vendor;
  pfs: (v: string) => DhGroup | "off" | undefined;
};

const DIALECTS: Record<CryptoProvider, Dialect> = {
  tencent: {
    defaults: API_DEFAULTS.tencent,
    ike: "tencentIke",
    ipsec: "tencentIpsec",
    pfs: (v) =>
      v.toUpperCase() === PFS_OFF.tencentIpsec
        ? "off"
        : // The API reference spells PFS groups DH-GROUPn, Terraform GROUPn (cloud-api.md §7.2).
          (parseSpelling(DH_GROUP, v, "tencentIpsec") ?? parseSpelling(DH_GROUP, v, "tencentIke")),
  },
  alibaba: {
    defaults: API_DEFAULTS.alibaba,
    ike: "alibaba",
    ipsec: "alibaba",
    pfs: (v) =>
      v.toLowerCase() === PFS_OFF.alibaba ? "off" : parseSpelling(DH_GROUP, v, "alibaba"),
  },
};

/** Reads one API's crypto fields into a neutral suite, noting which fields took the API default. */
function resolveSuite(provider: CryptoProvider, fields: SpelledSuite): ResolvedSuite {
  const dialect = DIALECTS[provider];
  const r = new SuiteResolver(dialect.defaults);
  const suite: CryptoSuite = {
    ikeVersion: r.pick("ikeVersion", fields.ikeVersion, lower(["ikev1", "ikev2"] as const)),
    exchangeMode: r.pick(
      "exchangeMode",
      fields.exchangeMode,
      lower(["main", "aggressive"] as const),
    ),
    ike: {
      encryption: r.pick("ike.encryption", fields.ikeEncryption, (v) =>
        parseSpelling(ENCRYPTION, v, dialect.ike),
      ),
      integrity: r.pick("ike.integrity", fields.ikeIntegrity, (v) =>
        parseSpelling(INTEGRITY, v, dialect.ike),
      ),
      dhGroup: r.pick("ike.dhGroup", fields.dhGroup, (v) =>
        parseSpelling(DH_GROUP, v, dialect.ike),
      ),
      lifetimeSeconds: r.pick("ike.lifetimeSeconds", fields.ikeLifetime, seconds),
    },
    ipsec: {
      encryption: r.pick("ipsec.encryption", fields.ipsecEncryption, (v) =>
        parseSpelling(ENCRYPTION, v, dialect.ipsec),
      ),
      integrity: r.pick("ipsec.integrity", fields.ipsecIntegrity, (v) =>
        parseSpelling(INTEGRITY, v, dialect.ipsec),
      ),
      pfsGroup: r.pick("ipsec.pfsGroup", fields.pfsGroup, dialect.pfs),
      lifetimeSeconds: r.pick("ipsec.lifetimeSeconds", fields.ipsecLifetime, seconds),
    },
  };
  return { suite, defaulted: r.defaulted };
}

/** Reads Tencent's IKEOptionsSpecification / IPSECOptionsSpecification into a neutral suite. */
export function resolveTencentSuite(options: TencentCryptoOptions): ResolvedSuite {
  const ike = options.IKEOptionsSpecification ?? {};
  const ipsec = options.IPSECOptionsSpecification ?? {};
  return resolveSuite("tencent", {
    ikeVersion: ike.IKEVersion,
    exchangeMode: ike.ExchangeMode,
    ikeEncryption: ike.PropoEncryAlgorithm,
    ikeIntegrity: ike.PropoAuthenAlgorithm,
    dhGroup: ike.DhGroupName,
    ikeLifetime: ike.IKESaLifetimeSeconds,
    ipsecEncryption: ipsec.EncryptAlgorithm,
    ipsecIntegrity: ipsec.IntegrityAlgorith,
    pfsGroup: ipsec.PfsDhGroup,
    ipsecLifetime: ipsec.IPSECSaLifetimeSeconds,
  });
}

/** Reads Alibaba's IkeConfig / IpsecConfig into a neutral suite. */
export function resolveAlibabaSuite(config: AlibabaCryptoConfig): ResolvedSuite {
  const ike = config.IkeConfig ?? {};
  const ipsec = config.IpsecConfig ?? {};
  return resolveSuite("alibaba", {
    ikeVersion: ike.IkeVersion,
    exchangeMode: ike.IkeMode,
    ikeEncryption: ike.IkeEncAlg,
    ikeIntegrity: ike.IkeAuthAlg,
    dhGroup: ike.IkePfs,
    ikeLifetime: ike.IkeLifetime,
    ipsecEncryption: ipsec.IpsecEncAlg,
    ipsecIntegrity: ipsec.IpsecAuthAlg,
    pfsGroup: ipsec.IpsecPfs,
    ipsecLifetime: ipsec.IpsecLifetime,
  });
}

/** Whether a provider's API can express a suite, field by field; returns the fields it cannot. */
export function unsupportedFields(suite: CryptoSuite, provider: CryptoProvider): SuiteField[] {
  const ikeVendor = provider === "tencent" ? "tencentIke" : "alibaba";
  const ipsecVendor = provider === "tencent" ? "tencentIpsec" : "alibaba";
  const missing: SuiteField[] = [];
  if (!spell(ENCRYPTION, suite.ike.encryption, ikeVendor)) missing.push("ike.encryption");
  if (!spell(INTEGRITY, suite.ike.integrity, ikeVendor)) missing.push("ike.integrity");
  if (!spell(DH_GROUP, suite.ike.dhGroup, ikeVendor)) missing.push("ike.dhGroup");
  if (!spell(ENCRYPTION, suite.ipsec.encryption, ipsecVendor)) missing.push("ipsec.encryption");
  if (!spell(INTEGRITY, suite.ipsec.integrity, ipsecVendor)) missing.push("ipsec.integrity");
  if (suite.ipsec.pfsGroup !== "off" && !spell(DH_GROUP, suite.ipsec.pfsGroup, ipsecVendor)) {
    missing.push("ipsec.pfsGroup");
  }
  return missing;
}

/** A neutral suite as Tencent's IKEOptionsSpecification / IPSECOptionsSpecification. */
export function toTencentOptions(suite: CryptoSuite): Required<TencentCryptoOptions> {
  const { ike, ipsec } = suite;
  return {
    IKEOptionsSpecification: {
      IKEVersion: suite.ikeVersion.toUpperCase(),
      ExchangeMode: suite.exchangeMode.toUpperCase(),
      PropoEncryAlgorithm: spellOrThrow(ENCRYPTION, ike.encryption, "tencentIke"),
      PropoAuthenAlgorithm: spellOrThrow(INTEGRITY, ike.integrity, "tencentIke"),
      DhGroupName: spellOrThrow(DH_GROUP, ike.dhGroup, "tencentIke"),
      IKESaLifetimeSeconds: ike.lifetimeSeconds,
    },
    IPSECOptionsSpecification: {
      EncryptAlgorithm: spellOrThrow(ENCRYPTION, ipsec.encryption, "tencentIpsec"),
      IntegrityAlgorith: spellOrThrow(INTEGRITY, ipsec.integrity, "tencentIpsec"),
      PfsDhGroup:
        ipsec.pfsGroup === "off"
          ? PFS_OFF.tencentIpsec
          : spellOrThrow(DH_GROUP, ipsec.pfsGroup, "tencentIpsec"),
      IPSECSaLifetimeSeconds: ipsec.lifetimeSeconds,
    },
  };
}

/** Alibaba caps both lifetimes at 86400 s (Tencent allows 604800 s). */
export const ALIBABA_MAX_LIFETIME_SECONDS = 86_400;

/** A neutral suite as Alibaba's IkeConfig / IpsecConfig (lifetimes capped at Alibaba's maximum). */
export function toAlibabaConfig(suite: CryptoSuite): Required<AlibabaCryptoConfig> {
  const { ike, ipsec } = suite;
  return {
    IkeConfig: {
      IkeVersion: suite.ikeVersion,
      IkeMode: suite.exchangeMode,
      IkeEncAlg: spellOrThrow(ENCRYPTION, ike.encryption, "alibaba"),
      IkeAuthAlg: spellOrThrow(INTEGRITY, ike.integrity, "alibaba"),
      IkePfs: spellOrThrow(DH_GROUP, ike.dhGroup, "alibaba"),
      IkeLifetime: Math.min(ike.lifetimeSeconds, ALIBABA_MAX_LIFETIME_SECONDS),
    },
    IpsecConfig: {
      IpsecEncAlg: spellOrThrow(ENCRYPTION, ipsec.encryption, "alibaba"),
      IpsecAuthAlg: spellOrThrow(INTEGRITY, ipsec.integrity, "alibaba"),
      IpsecPfs:
        ipsec.pfsGroup === "off"
          ? PFS_OFF.alibaba
          : spellOrThrow(DH_GROUP, ipsec.pfsGroup, "alibaba"),
      IpsecLifetime: Math.min(ipsec.lifetimeSeconds, ALIBABA_MAX_LIFETIME_SECONDS),
    },
  };
}
