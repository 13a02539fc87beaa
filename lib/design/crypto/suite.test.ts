import { describe, expect, it } from "vitest";
import {
  RECOMMENDED_SUITE,
  resolveAlibabaSuite,
  resolveTencentSuite,
  toAlibabaConfig,
  toTencentOptions,
  unsupportedFields,
} from "./suite";
import {
  ALIBABA_RECOMMENDED_IKE,
  ALIBABA_RECOMMENDED_IPSEC,
  TENCENT_RECOMMENDED,
} from "@/test/kit";

describe("resolveTencentSuite", () => {
  it("fills every omitted field with the API default and says which", () => {
    const { suite, defaulted } = resolveTencentSuite({});
    expect(suite).toEqual({
      ikeVersion: "ikev1",
      exchangeMode: "main",
      ike: { encryption: "3des", integrity: "sha1", dhGroup: "1", lifetimeSeconds: 86400 },
      ipsec: { encryption: "aes128", integrity: "sha1", pfsGroup: "off", lifetimeSeconds: 3600 },
    });
    expect(defaulted).toHaveLength(10);
  });

  it("reads Tencent spellings, including PFS NULL and DH-GROUPn", () => {
    const { suite, defaulted } = resolveTencentSuite({
      IKEOptionsSpecification: {
        IKEVersion: "IKEV2",
        PropoEncryAlgorithm: "AES-CBC-256",
        PropoAuthenAlgorithm: "SHA-256",
        DhGroupName: "GROUP14",
        IKESaLifetimeSeconds: 28800,
      },
      IPSECOptionsSpecification: {
        EncryptAlgorithm: "AES256GCM128",
        IntegrityAlgorith: "SHA-256",
        PfsDhGroup: "DH-GROUP14",
      },
    });
    expect(suite.ikeVersion).toBe("ikev2");
    expect(suite.ike).toEqual({
      encryption: "aes256",
      integrity: "sha256",
      dhGroup: "14",
      lifetimeSeconds: 28800,
    });
    expect(suite.ipsec.encryption).toBe("aes256gcm");
    expect(suite.ipsec.pfsGroup).toBe("14");
    expect(defaulted).toEqual(["exchangeMode", "ipsec.lifetimeSeconds"]);
    expect(
      resolveTencentSuite({ IPSECOptionsSpecification: { PfsDhGroup: "NULL" } }).suite.ipsec
        .pfsGroup,
    ).toBe("off");
  });

  it("refuses a spelling the API does not define", () => {
    expect(() =>
      resolveTencentSuite({ IKEOptionsSpecification: { PropoEncryAlgorithm: "AES-CBS-192" } }),
    ).toThrow(/ike.encryption/);
  });
});

describe("resolveAlibabaSuite", () => {
  it("fills Alibaba's defaults (aes / md5 / group2, PFS group2)", () => {
    const { suite, defaulted } = resolveAlibabaSuite({});
    expect(suite.ike).toEqual({
      encryption: "aes128",
      integrity: "md5",
      dhGroup: "2",
      lifetimeSeconds: 86400,
    });
    expect(suite.ipsec.pfsGroup).toBe("2");
    expect(defaulted).toHaveLength(10);
  });

  it("reads 'disabled' as PFS off", () => {
    const { suite } = resolveAlibabaSuite({
      IpsecConfig: { IpsecPfs: "disabled", IpsecEncAlg: "aes256" },
    });
    expect(suite.ipsec).toMatchObject({ pfsGroup: "off", encryption: "aes256" });
  });
});

describe("unsupportedFields", () => {
  it("the recommended suite is expressible on both clouds", () => {
    expect(unsupportedFields(RECOMMENDED_SUITE, "tencent")).toEqual([]);
    expect(unsupportedFields(RECOMMENDED_SUITE, "alibaba")).toEqual([]);
  });

  it("names what a cloud cannot express", () => {
    const gcm = {
      ...RECOMMENDED_SUITE,
      ipsec: { ...RECOMMENDED_SUITE.ipsec, encryption: "aes256gcm" as const },
    };
    expect(unsupportedFields(gcm, "alibaba")).toEqual(["ipsec.encryption"]);
    expect(unsupportedFields(gcm, "tencent")).toEqual([]);
    const ecp = { ...RECOMMENDED_SUITE, ike: { ...RECOMMENDED_SUITE.ike, dhGroup: "19" as const } };
    expect(unsupportedFields(ecp, "alibaba")).toEqual(["ike.dhGroup"]);
  });
});

describe("toTencentOptions / toAlibabaConfig", () => {
  it("round-trips the recommended suite through both clouds' spellings", () => {
    expect(resolveTencentSuite(toTencentOptions(RECOMMENDED_SUITE)).suite).toEqual(
      RECOMMENDED_SUITE,
    );
    expect(resolveAlibabaSuite(toAlibabaConfig(RECOMMENDED_SUITE)).suite).toEqual(
      RECOMMENDED_SUITE,
    );
  });

  it("spells the recommended suite as each API expects", () => {
    expect(toTencentOptions(RECOMMENDED_SUITE)).toEqual(TENCENT_RECOMMENDED);
    expect(toAlibabaConfig(RECOMMENDED_SUITE)).toEqual({
      IkeConfig: ALIBABA_RECOMMENDED_IKE,
      IpsecConfig: ALIBABA_RECOMMENDED_IPSEC,
    });
    expect(
      toAlibabaConfig({
        ...RECOMMENDED_SUITE,
        ipsec: { ...RECOMMENDED_SUITE.ipsec, pfsGroup: "off" },
      }).IpsecConfig,
    ).toEqual({
      IpsecEncAlg: "aes256",
      IpsecAuthAlg: "sha256",
      IpsecPfs: "disabled",
      IpsecLifetime: 3600,
    });
  });

  it("caps lifetimes at Alibaba's maximum and refuses what Alibaba lacks", () => {
    const long = {
      ...RECOMMENDED_SUITE,
      ike: { ...RECOMMENDED_SUITE.ike, lifetimeSeconds: 604800 },
    };
    expect(toAlibabaConfig(long).IkeConfig.IkeLifetime).toBe(86400);
    const gcm = {
      ...RECOMMENDED_SUITE,
      ipsec: { ...RECOMMENDED_SUITE.ipsec, encryption: "aes256gcm" as const },
    };
    expect(() => toAlibabaConfig(gcm)).toThrow(/alibaba has no keyword for "aes256gcm"/);
  });
});
