import { describe, expect, it } from "vitest";
import { withoutLinkPsk } from "../link/link-psk";
import { designFindings } from "../findings";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "../../schemas/link/design";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "../link/test-designs";
import { lintCryptoSuite } from "./lint";
import { RECOMMENDED_SUITE, resolveAlibabaSuite, resolveTencentSuite } from "./suite";
import { withStrongestSuite } from "./strongest-suite";
import { TENCENT_RECOMMENDED, variant } from "@/test/kit";

const parse = (input: unknown): LinkDesign => linkDesignSchema.parse(input);

const cryptoFindings = (design: LinkDesign) =>
  designFindings(design).filter((f) => f.source === "crypto");

/** The design with every crypto field removed: what the fix must leave untouched. */
function withoutCrypto(design: unknown): unknown {
  return JSON.parse(
    JSON.stringify(design, (key, value: unknown) =>
      [
        "IKEOptionsSpecification",
        "IPSECOptionsSpecification",
        "IkeConfig",
        "IpsecConfig",
        "TunnelIkeConfig",
        "TunnelIpsecConfig",
        "suite",
      ].includes(key)
        ? undefined
        : value,
    ),
  );
}

const WEAK_TENCENT_ON_PREM = variant(TENCENT_ON_PREM, (d) => {
  d.site.tunnel.params.IKEOptionsSpecification = {
    IKEVersion: "IKEV1",
    ExchangeMode: "AGGRESSIVE",
    PropoEncryAlgorithm: "3DES-CBC",
    PropoAuthenAlgorithm: "MD5",
    DhGroupName: "GROUP2",
    LocalIdentity: "FQDN",
    LocalFqdnName: "gz.example.com",
  };
  d.site.tunnel.params.IPSECOptionsSpecification = {
    EncryptAlgorithm: "DES-CBC",
    IntegrityAlgorithm: "MD5",
    PfsDhGroup: "NULL",
    IPSECSaLifetimeTraffic: 2560000,
  };
  d.site.tunnel.params.DpdEnable = 1;
  d.site.tunnel.params.DpdTimeout = "30";
});

/** Every crypto field left to Tencent's defaults (IKEv1, 3DES, SHA-1, DH group 1, no PFS). */
const DEFAULTED_TENCENT_TUNNEL = variant(TENCENT_ON_PREM, (d) => {
  d.kind = "tunnel";
  d.site.gateway = { mode: "existing", id: "vpngw-gzseed01", publicIp: "203.0.113.30" };
  delete d.site.tunnel.params.IKEOptionsSpecification;
  delete d.site.tunnel.params.IPSECOptionsSpecification;
});

const WEAK_ALIBABA_TUNNEL = variant(ALIBABA_TUNNEL, (d) => {
  d.site.tunnel.params.IkeConfig = {
    IkeVersion: "ikev1",
    IkeEncAlg: "des",
    IkeAuthAlg: "md5",
    IkePfs: "group1",
    LocalId: "hz.example.com",
    RemoteId: "bj.example.com",
  };
  d.site.tunnel.params.IpsecConfig = { IpsecEncAlg: "3des", IpsecPfs: "disabled" };
});

/** Every crypto field left to Alibaba's defaults (IKEv1, MD5, group 2). */
const DEFAULTED_ALIBABA_ON_PREM = variant(ALIBABA_TUNNEL, (d) => {
  d.kind = "onPrem";
  d.site.gateway = { mode: "new", params: { Name: "hz-vpn-02", Bandwidth: 10 } };
  d.site.peer = { mode: "new", params: { IpAddress: "203.0.113.40", Name: "bj-dc" } };
  delete d.site.tunnel.params.IkeConfig;
  delete d.site.tunnel.params.IpsecConfig;
});

const WEAK_CLOUD_TO_CLOUD = variant(CLOUD_TO_CLOUD, (d) => {
  d.tunnel.suite = {
    ikeVersion: "ikev1",
    exchangeMode: "aggressive",
    ike: { encryption: "3des", integrity: "sha1", dhGroup: "2", lifetimeSeconds: 172800 },
    ipsec: { encryption: "des", integrity: "md5", pfsGroup: "off", lifetimeSeconds: 86400 },
  };
});

describe("withStrongestSuite", () => {
  it.each([
    ["Tencent on-premises, weak suite", WEAK_TENCENT_ON_PREM],
    ["Tencent tunnel, all cloud defaults", DEFAULTED_TENCENT_TUNNEL],
    ["Alibaba tunnel, weak suite", WEAK_ALIBABA_TUNNEL],
    ["Alibaba on-premises, all cloud defaults", DEFAULTED_ALIBABA_ON_PREM],
    ["cloud ↔ cloud, weak suite", WEAK_CLOUD_TO_CLOUD],
  ])("%s: findings before, none after, everything else kept", (_name, input) => {
    const before = parse(input);
    expect(cryptoFindings(before).length).toBeGreaterThan(0);
    const after = parse(withStrongestSuite(before));
    expect(cryptoFindings(after)).toEqual([]);
    expect(withoutCrypto(after)).toEqual(withoutCrypto(before));
    expect(before).toEqual(parse(input)); // the input is not mutated
  });

  it("writes Tencent's options in Tencent's vocabulary and keeps the identities", () => {
    const after = parse(withStrongestSuite(parse(WEAK_TENCENT_ON_PREM)));
    if (after.kind !== "onPrem" || after.site.provider !== "tencent") throw new Error("kind");
    expect(after.site.tunnel.params.IKEOptionsSpecification).toEqual({
      ...TENCENT_RECOMMENDED.IKEOptionsSpecification,
      LocalIdentity: "FQDN",
      LocalFqdnName: "gz.example.com",
    });
    expect(after.site.tunnel.params.IPSECOptionsSpecification).toEqual({
      ...TENCENT_RECOMMENDED.IPSECOptionsSpecification,
      IPSECSaLifetimeTraffic: 2560000,
    });
    expect(resolveTencentSuite(after.site.tunnel.params)).toEqual({
      suite: RECOMMENDED_SUITE,
      defaulted: [],
    });
  });

  it("writes Alibaba's configs in Alibaba's vocabulary and keeps LocalId / RemoteId", () => {
    const after = parse(withStrongestSuite(parse(WEAK_ALIBABA_TUNNEL)));
    if (after.kind !== "tunnel" || after.site.provider !== "alibaba") throw new Error("kind");
    expect(after.site.tunnel.params.IkeConfig).toMatchObject({
      IkeVersion: "ikev2",
      IkeEncAlg: "aes256",
      IkeAuthAlg: "sha256",
      IkePfs: "group14",
      LocalId: "hz.example.com",
      RemoteId: "bj.example.com",
    });
    expect(after.site.tunnel.params.IpsecConfig).toEqual({
      IpsecEncAlg: "aes256",
      IpsecAuthAlg: "sha256",
      IpsecPfs: "group14",
      IpsecLifetime: 3600,
    });
  });

  it("rewrites each tunnel of an Alibaba dual-tunnel connection, not the top level", () => {
    const dual = variant(ALIBABA_TUNNEL, (d) => {
      const params = d.site.tunnel.params;
      delete params.IkeConfig;
      delete params.IpsecConfig;
      params.TunnelOptionsSpecification = ["master", "slave"].map((Role) => ({
        Role,
        CustomerGatewayId: "cgw-hzseed0001",
        TunnelIkeConfig: { IkeEncAlg: "3des", IkeAuthAlg: "sha1", RemoteId: `${Role}.example` },
        TunnelIpsecConfig: { IpsecPfs: "disabled" },
      }));
    });
    const after = parse(withStrongestSuite(parse(dual)));
    if (after.kind !== "tunnel" || after.site.provider !== "alibaba") throw new Error("kind");
    const { params } = after.site.tunnel;
    expect(params.IkeConfig).toBeUndefined();
    expect(params.TunnelOptionsSpecification).toHaveLength(2);
    for (const tunnel of params.TunnelOptionsSpecification ?? []) {
      const resolved = resolveAlibabaSuite({
        IkeConfig: tunnel.TunnelIkeConfig,
        IpsecConfig: tunnel.TunnelIpsecConfig,
      });
      expect(lintCryptoSuite(resolved)).toEqual([]);
      expect(tunnel.TunnelIkeConfig?.RemoteId).toBe(`${tunnel.Role}.example`);
    }
  });

  it("sets the cloud ↔ cloud suite to the recommended one", () => {
    const after = parse(withStrongestSuite(parse(WEAK_CLOUD_TO_CLOUD)));
    if (after.kind !== "cloudToCloud") throw new Error("kind");
    expect(after.tunnel.suite).toEqual(RECOMMENDED_SUITE);
  });

  it.each([
    ["Tencent gateway", TENCENT_GATEWAY],
    ["Alibaba gateway", ALIBABA_GATEWAY],
  ])("leaves a %s-only design as it is", (_name, input) => {
    const design = parse(input);
    expect(withStrongestSuite(design)).toEqual(design);
  });

  it("works on a stored design without its key, and adds none", () => {
    const stored = withoutLinkPsk(parse(WEAK_TENCENT_ON_PREM));
    const fixed = withStrongestSuite(stored);
    expect(JSON.stringify(fixed)).not.toContain("psk");
    expect(JSON.stringify(fixed)).toContain('"PropoEncryAlgorithm":"AES-CBC-256"');
  });
});
