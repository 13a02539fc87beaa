// Interop cases: two strongSwan instances in network namespaces must agree (IKE, CHILD_SA and
// a ping across the tunnel), and deliberately mismatched pairs must fail with the expected
// notify. Skips, saying why, only where namespaces or strongSwan are unavailable; run
// scripts/ensure-strongswan.sh to install strongSwan.
import { describe, expect, it } from "vitest";
import { harnessProblem, negotiate } from "./negotiate";
import { describeFailure, expectTunnel } from "./expect";
import type { IpsecEndSpec, NegotiateResult, RawSwanctlEnd } from "./types";

const problem = await harnessProblem();
if (problem) console.warn(`[ipsec harness] skipped: ${problem}`);

const RECOMMENDED = "aes256-sha256-modp2048";

/** An IKEv2 end with the recommended suite, PFS on, protecting 10.1.0.0/24 ↔ 10.2.0.0/24. */
const cloud: IpsecEndSpec = {
  ikeVersion: 2,
  ikeProposals: [RECOMMENDED],
  espProposals: [RECOMMENDED],
  psk: "harness-psk-1",
  localTs: ["10.1.0.0/24"],
  remoteTs: ["10.2.0.0/24"],
  ikeLifetimeS: 86_400,
  childLifetimeS: 3_600,
  dpdDelayS: 30,
  dpdAction: "clear",
};

/** The same design seen from the other end. */
function mirror(end: IpsecEndSpec): IpsecEndSpec {
  return {
    ...end,
    localTs: end.remoteTs,
    remoteTs: end.localTs,
    localId: end.remoteId,
    remoteId: end.localId,
  };
}

const TIMEOUT = 20_000;

describe.skipIf(problem !== undefined)("IPsec interop harness: ends that agree", () => {
  it(
    "IKEv2, recommended suite aes256-sha256-modp2048 with PFS, rekeyed",
    { timeout: TIMEOUT },
    async () => {
      const result = await negotiate({ left: cloud, right: mirror(cloud), rekeyChild: true });
      expectTunnel(result);
      expect(result.rekeyOk, describeFailure(result)).toBe(true);
    },
  );

  it("IKEv1 main mode, legacy suite 3des-sha1-modp1024", { timeout: TIMEOUT }, async () => {
    const legacy: IpsecEndSpec = {
      ...cloud,
      ikeVersion: 1,
      aggressive: false,
      ikeProposals: ["3des-sha1-modp1024"],
      espProposals: ["3des-sha1-modp1024"],
    };
    const result = await negotiate({ left: legacy, right: mirror(legacy) });
    expectTunnel(result);
    expect(result.logs.left).toMatch(/selected proposal: IKE:3DES_CBC\/HMAC_SHA1_96/);
    // Main mode is the ID_PROT exchange; aggressive mode would be AGGRESSIVE.
    expect(result.logs.left).toMatch(/generating ID_PROT request/);
  });

  it("AES-GCM on the IPsec side (aes256gcm16)", { timeout: TIMEOUT }, async () => {
    const gcm: IpsecEndSpec = { ...cloud, espProposals: ["aes256gcm16-modp2048"] };
    const result = await negotiate({ left: gcm, right: mirror(gcm) });
    expectTunnel(result);
    expect(result.logs.left).toMatch(/selected proposal: ESP:AES_GCM_16_256/);
  });

  it("multi-CIDR traffic selectors: every subnet pair crosses", { timeout: TIMEOUT }, async () => {
    const multi: IpsecEndSpec = {
      ...cloud,
      localTs: ["10.1.0.0/24", "10.1.1.0/24"],
      remoteTs: ["10.2.0.0/24", "10.2.1.0/24", "172.16.5.0/24"],
    };
    const result = await negotiate({ left: multi, right: mirror(multi) });
    expectTunnel(result);
    expect(result.pings).toHaveLength(6);
  });

  it("symmetric cloud ↔ cloud pair, initiated from the right", { timeout: TIMEOUT }, async () => {
    const tencent: IpsecEndSpec = {
      ...cloud,
      localId: "tencent.example",
      remoteId: "alibaba.example",
      localTs: ["10.10.0.0/16"],
      remoteTs: ["192.168.20.0/24"],
    };
    const result = await negotiate({ left: tencent, right: mirror(tencent), initiator: "right" });
    expectTunnel(result);
    expect(result.logs.right).toMatch(
      /IKE_SA link\[\d+\] established between .*\[alibaba\.example\]/,
    );
  });
});

describe.skipIf(problem !== undefined)("IPsec interop harness: other inputs", () => {
  it("IKEv1 aggressive mode with FQDN identities", { timeout: TIMEOUT }, async () => {
    const aggressive: IpsecEndSpec = {
      ...cloud,
      ikeVersion: 1,
      aggressive: true,
      localId: "gw-a.example",
      remoteId: "gw-b.example",
    };
    const result = await negotiate({ left: aggressive, right: mirror(aggressive) });
    expectTunnel(result);
    expect(result.logs.left).toMatch(/generating AGGRESSIVE request/);
  });

  it(
    "a raw swanctl.conf end, loaded verbatim, agrees with a rendered one",
    { timeout: TIMEOUT },
    async () => {
      const peerConf = `# as a generator might write it
connections {
  to-cloud {
    version = 2
    local_addrs = {{LOCAL_ADDR}}
    remote_addrs = {{REMOTE_ADDR}}
    proposals = aes128-sha1-modp2048,${RECOMMENDED}
    local { auth = psk }
    remote { auth = psk }
    children {
      lan {
        local_ts = 10.2.0.0/24
        remote_ts = 10.1.0.0/24
        esp_proposals = ${RECOMMENDED}
      }
    }
  }
}
secrets { ike-cloud { secret = "${cloud.psk}" } }
`;
      const right: RawSwanctlEnd = {
        kind: "raw",
        swanctlConf: peerConf,
        child: "lan",
        localSubnets: ["10.2.0.0/24"],
      };
      expectTunnel(await negotiate({ left: cloud, right }));
      expectTunnel(await negotiate({ left: cloud, right, initiator: "right" }));
    },
  );
});

describe.skipIf(problem !== undefined)("IPsec interop harness: mismatched ends fail", () => {
  function expectFailure(result: NegotiateResult, notify: string, ikeUp: boolean) {
    expect(result.ikeUp, describeFailure(result)).toBe(ikeUp);
    expect(result.childUp, describeFailure(result)).toBe(false);
    expect(result.pingOk).toBe(false);
    expect(result.notifies, describeFailure(result)).toContain(notify);
  }

  it("DH group mismatch in IKE → NO_PROPOSAL_CHOSEN", { timeout: TIMEOUT }, async () => {
    const right = { ...mirror(cloud), ikeProposals: ["aes256-sha256-modp3072"] };
    expectFailure(await negotiate({ left: cloud, right }), "NO_PROPOSAL_CHOSEN", false);
  });

  it("pre-shared key mismatch → AUTHENTICATION_FAILED", { timeout: TIMEOUT }, async () => {
    const right = { ...mirror(cloud), psk: "a-different-key" };
    expectFailure(await negotiate({ left: cloud, right }), "AUTHENTICATION_FAILED", false);
  });

  it("ESP proposal mismatch → NO_PROPOSAL_CHOSEN, IKE SA kept", { timeout: TIMEOUT }, async () => {
    const right = { ...mirror(cloud), espProposals: ["aes128gcm16-modp2048"] };
    expectFailure(await negotiate({ left: cloud, right }), "NO_PROPOSAL_CHOSEN", true);
  });

  it("traffic selector mismatch → TS_UNACCEPTABLE", { timeout: TIMEOUT }, async () => {
    const right = { ...mirror(cloud), localTs: ["10.3.0.0/24"] };
    expectFailure(await negotiate({ left: cloud, right }), "TS_UNACCEPTABLE", true);
  });

  it(
    "IKEv2 PFS mismatch passes IKE_AUTH, fails on CHILD_SA rekey",
    { timeout: TIMEOUT },
    async () => {
      const right = { ...mirror(cloud), espProposals: ["aes256-sha256"] };
      const result = await negotiate({ left: cloud, right, rekeyChild: true });
      expect(result.childUp, describeFailure(result)).toBe(true);
      expect(result.pingOk, describeFailure(result)).toBe(true);
      expect(result.rekeyOk, describeFailure(result)).toBe(false);
      expect(result.notifies, describeFailure(result)).toContain("NO_PROPOSAL_CHOSEN");
    },
  );
  it("IKEv1 PFS mismatch fails at once in quick mode", { timeout: TIMEOUT }, async () => {
    const v1: IpsecEndSpec = { ...cloud, ikeVersion: 1 };
    const right = { ...mirror(v1), espProposals: ["aes256-sha256"] };
    expectFailure(await negotiate({ left: v1, right }), "NO_PROPOSAL_CHOSEN", true);
  });
});
