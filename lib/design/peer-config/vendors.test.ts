import { describe, expect, it } from "vitest";
import { masksOf } from "@/lib/net/cidr";
import { RECOMMENDED_SUITE } from "../crypto/suite";
import { renderCiscoIos } from "./cisco-ios";
import { renderHuaweiVrp } from "./huawei-vrp";
import { tunnel as base } from "./test-fixtures";
import type { PeerTunnel } from "./types";

const tunnel: PeerTunnel = {
  ...base,
  name: "Shanghai IDC",
  selectors: [{ local: ["192.168.0.0/24", "192.168.8.0/21"], remote: ["10.0.1.0/24"] }],
};

const legacy = {
  ...RECOMMENDED_SUITE,
  ikeVersion: "ikev1" as const,
  ike: {
    ...RECOMMENDED_SUITE.ike,
    encryption: "3des" as const,
    integrity: "sha1" as const,
    dhGroup: "2" as const,
  },
  ipsec: {
    ...RECOMMENDED_SUITE.ipsec,
    encryption: "aes128" as const,
    integrity: "sha1" as const,
    pfsGroup: "off" as const,
  },
};

describe("masksOf", () => {
  it("gives netmask and wildcard", () => {
    expect(masksOf("192.168.8.0/21")).toEqual({
      network: "192.168.8.0",
      netmask: "255.255.248.0",
      wildcard: "0.0.7.255",
    });
    expect(masksOf("0.0.0.0/0")).toEqual({
      network: "0.0.0.0",
      netmask: "0.0.0.0",
      wildcard: "255.255.255.255",
    });
  });
});

describe("renderCiscoIos", () => {
  it("renders IKEv2 with the designed proposals, PFS and ACL", () => {
    const text = renderCiscoIos(tunnel);
    expect(text).toContain(
      "crypto ikev2 proposal SHANGHAI-IDC-PROP\n encryption aes-cbc-256\n integrity sha256\n group 14",
    );
    expect(text).toContain(
      "crypto ipsec transform-set SHANGHAI-IDC-TS esp-aes 256 esp-sha256-hmac",
    );
    expect(text).toContain(" set pfs group14");
    expect(text).toContain(" permit ip 192.168.8.0 0.0.7.255 10.0.1.0 0.0.0.255");
    expect(text).toContain(" set security-association lifetime seconds 3600");
    expect(text).toContain(`pre-shared-key <pre-shared key`);
  });

  it("renders IKEv1 main mode with a legacy suite and no PFS", () => {
    const text = renderCiscoIos({ ...tunnel, suite: legacy, psk: "k3y" });
    expect(text).toContain(
      "crypto isakmp policy 10\n encryption 3des\n hash sha\n authentication pre-share\n group 2",
    );
    expect(text).toContain("crypto isakmp key k3y address 198.51.100.10");
    expect(text).toContain("esp-aes 128 esp-sha-hmac");
    expect(text).not.toContain("set pfs");
    expect(text).not.toContain("ikev2");
  });
});

describe("renderHuaweiVrp", () => {
  it("renders IKEv2 with the designed proposals, PFS and ACL", () => {
    const text = renderHuaweiVrp(tunnel);
    expect(text).toContain(
      " encryption-algorithm aes-256\n integrity-algorithm hmac-sha2-256\n prf hmac-sha2-256\n dh group14",
    );
    expect(text).toContain(
      " esp authentication-algorithm sha2-256\n esp encryption-algorithm aes-256",
    );
    expect(text).toContain(" pfs dh-group14");
    expect(text).toContain(
      " rule 10 permit ip source 192.168.8.0 0.0.7.255 destination 10.0.1.0 0.0.0.255",
    );
    expect(text).toContain(" version 2");
  });

  it("renders IKEv1 with exchange mode and a GCM ESP without integrity", () => {
    const text = renderHuaweiVrp({
      ...tunnel,
      suite: { ...legacy, ipsec: { ...legacy.ipsec, encryption: "aes256gcm" } },
    });
    expect(text).toContain(" version 1\n exchange-mode main");
    expect(text).toContain(" authentication-algorithm sha1");
    expect(text).toContain(" esp encryption-algorithm aes-gcm-256");
    expect(text).not.toContain("esp authentication-algorithm");
  });
});
