import { describe, expect, it } from "vitest";
import { RECOMMENDED_SUITE, resolveTencentSuite } from "../crypto/suite";
import { espProposal, ikeProposal } from "./proposals";
import { renderSwanctl } from "./swanctl";
import { tunnel } from "./test-fixtures";
import { configName } from "./types";

describe("proposals", () => {
  it("renders the recommended suite", () => {
    expect(ikeProposal(RECOMMENDED_SUITE)).toBe("aes256-sha256-modp2048");
    expect(espProposal(RECOMMENDED_SUITE)).toBe("aes256-sha256-modp2048");
  });

  it("uses a PRF with AEAD in IKE and drops integrity with AEAD in ESP", () => {
    const suite = {
      ...RECOMMENDED_SUITE,
      ike: { ...RECOMMENDED_SUITE.ike, encryption: "aes256gcm" as const },
      ipsec: {
        ...RECOMMENDED_SUITE.ipsec,
        encryption: "aes128gcm" as const,
        pfsGroup: "off" as const,
      },
    };
    expect(ikeProposal(suite)).toBe("aes256gcm16-prfsha256-modp2048");
    expect(espProposal(suite)).toBe("aes128gcm16");
  });

  it("renders Tencent's legacy defaults as strongSwan keywords", () => {
    const { suite } = resolveTencentSuite({});
    expect(ikeProposal(suite)).toBe("3des-sha1-modp768");
    expect(espProposal(suite)).toBe("aes128-sha1");
  });

  it("refuses an algorithm strongSwan does not have", () => {
    const suite = {
      ...RECOMMENDED_SUITE,
      ike: { ...RECOMMENDED_SUITE.ike, encryption: "sm4" as const },
    };
    expect(() => ikeProposal(suite)).toThrow(/strongswan has no keyword for "sm4"/);
  });
});

describe("renderSwanctl", () => {
  it("renders one child per selector pair with the designed proposals", () => {
    const text = renderSwanctl(tunnel);
    expect(text).toContain("version = 2");
    expect(text).toContain("remote_addrs = 198.51.100.10");
    expect(text).toContain("proposals = aes256-sha256-modp2048");
    expect(text).toContain("rekey_time = 86400s");
    expect(text).toMatch(
      /shanghai-idc-1 \{\n\s+local_ts = 192.168.0.0\/24,192.168.1.0\/24\n\s+remote_ts = 10.0.1.0\/24/,
    );
    expect(text).toMatch(
      /shanghai-idc-2 \{\n\s+local_ts = 172.16.0.0\/16\n\s+remote_ts = 10.1.0.0\/24/,
    );
    expect(text).toContain("dpd_action = restart");
    expect(text).not.toContain("aggressive");
  });

  it("leaves the key out unless it was explicitly included", () => {
    expect(renderSwanctl(tunnel)).toMatch(/# secret = "<pre-shared key/);
    expect(renderSwanctl({ ...tunnel, psk: "Abc123!xyz" })).toContain('secret = "Abc123!xyz"');
  });

  it("writes a key with quotes, backslashes or spaces as hex", () => {
    const text = renderSwanctl({ ...tunnel, psk: 'a"b\\c d' });
    expect(text).toContain(`secret = 0x${Buffer.from('a"b\\c d').toString("hex")}`);
  });

  it("renders IKEv1 aggressive mode and FQDN identities", () => {
    const text = renderSwanctl({
      ...tunnel,
      suite: { ...RECOMMENDED_SUITE, ikeVersion: "ikev1", exchangeMode: "aggressive" },
      localId: { type: "fqdn", value: "idc.example.com" },
      dpd: { enabled: false, delaySeconds: 30, action: "clear" },
    });
    expect(text).toContain("version = 1");
    expect(text).toContain("aggressive = yes");
    expect(text).toContain("id = @idc.example.com");
    expect(text).not.toContain("dpd_delay");
  });

  it("makes safe section names", () => {
    expect(configName("上海 IDC #1")).toBe("IDC-1");
    expect(configName("上海")).toBe("tunnel");
  });
});
