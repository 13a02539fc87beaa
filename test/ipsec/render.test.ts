// The harness's text helpers, without namespaces or strongSwan (these always run).
import { describe, expect, it } from "vitest";
import {
  SPEC_CHILD,
  firstHost,
  parseListSas,
  parseNotifies,
  renderStrongswanConf,
  renderSwanctlConf,
  swanctlConfFor,
} from "./render";
import type { IpsecEndSpec } from "./types";

const end: IpsecEndSpec = {
  ikeVersion: 1,
  aggressive: true,
  ikeProposals: ["3des-sha1-modp1024", "aes256-sha256-modp2048"],
  espProposals: ["aes256gcm16"],
  psk: 'pa"ss word',
  localTs: ["10.1.0.0/24", "10.1.1.0/24"],
  remoteTs: ["10.2.0.0/24"],
  childLifetimeS: 3600,
  dpdDelayS: 30,
  dpdAction: "clear",
};

describe("renderSwanctlConf", () => {
  const conf = renderSwanctlConf(end, { local: "198.18.0.1", remote: "198.18.0.2" });

  it("renders the IKE and CHILD_SA fields as swanctl keywords", () => {
    expect(conf).toContain("version = 1");
    expect(conf).toContain("aggressive = yes");
    expect(conf).toContain("proposals = 3des-sha1-modp1024,aes256-sha256-modp2048");
    expect(conf).toContain("esp_proposals = aes256gcm16");
    expect(conf).toContain("local_ts = 10.1.0.0/24,10.1.1.0/24");
    expect(conf).toContain("rekey_time = 3600s");
    expect(conf).toContain("life_time = 3960s");
    expect(conf).toContain("dpd_delay = 30s");
    expect(conf).toMatch(/id = 198\.18\.0\.1[\s\S]*id = 198\.18\.0\.2/);
  });

  it("encodes the PSK as base64, so quotes and spaces need no escaping", () => {
    expect(conf).toContain(`secret = 0s${Buffer.from('pa"ss word').toString("base64")}`);
    expect(conf).not.toContain('pa"ss');
  });

  it("fills the address placeholders of a raw config", () => {
    const raw = swanctlConfFor(
      {
        kind: "raw",
        swanctlConf: "a={{LOCAL_ADDR}} b={{REMOTE_ADDR}}",
        child: "c",
        localSubnets: [],
      },
      { local: "198.18.0.2", remote: "198.18.0.1" },
    );
    expect(raw).toBe("a=198.18.0.2 b=198.18.0.1");
  });

  it("loads kernel-libipsec before kernel-netlink", () => {
    const conf = renderStrongswanConf({ log: "/t/log", vici: "/t/vici" });
    expect(conf.indexOf("kernel-libipsec")).toBeLessThan(conf.indexOf("kernel-netlink"));
    expect(conf).toContain("socket = unix:///t/vici");
  });
});

describe("firstHost", () => {
  it.each([
    ["10.1.0.0/24", "10.1.0.1"],
    ["10.1.2.77/16", "10.1.0.1"],
    ["192.168.20.9/32", "192.168.20.9"],
    ["172.16.5.0/24", "172.16.5.1"],
  ])("%s → %s", (cidr, host) => expect(firstHost(cidr)).toBe(host));

  it("rejects what is not an IPv4 CIDR", () => {
    expect(() => firstHost("fd00::/64")).toThrow(/IPv4/);
    expect(() => firstHost("10.1.0.0/33")).toThrow(/IPv4/);
  });
});

describe("log and status parsing", () => {
  it("reads IKE and CHILD_SA state from swanctl --list-sas", () => {
    const listed = [
      "link: #1, ESTABLISHED, IKEv2, 38062707f668168a_i* c23bea3ce62f7019_r",
      `  ${SPEC_CHILD}: #1, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_CBC-256/HMAC_SHA2_256_128`,
    ].join("\n");
    expect(parseListSas(listed, SPEC_CHILD)).toEqual({ ikeUp: true, childUp: true });
    expect(parseListSas(listed, "other")).toEqual({ ikeUp: true, childUp: false });
    expect(parseListSas("link: #1, CONNECTING, IKEv2", SPEC_CHILD).ikeUp).toBe(false);
  });

  it("collects error notifies in IKEv2 and IKEv1 wording, once each", () => {
    const log = [
      "[IKE] received NO_ADDITIONAL_ADDRESSES notify",
      "[IKE] received TS_UNACCEPTABLE notify, no CHILD_SA built",
      "[IKE] received AUTHENTICATION_FAILED notify error",
      "[IKE] received NO_PROPOSAL_CHOSEN error notify",
      "[IKE] received AUTHENTICATION_FAILED notify error",
    ].join("\n");
    expect(parseNotifies(log)).toEqual([
      "TS_UNACCEPTABLE",
      "AUTHENTICATION_FAILED",
      "NO_PROPOSAL_CHOSEN",
    ]);
  });
});
