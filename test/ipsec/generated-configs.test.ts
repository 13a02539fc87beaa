// The portal's generated configurations, proven by a real IKE negotiation: the cloud side is
// rendered from the API parameters the plan sends (through the vocabulary table), the peer side
// is the swanctl.conf the portal hands to the on-premises admin, and both must agree.
import { describe, expect, it } from "vitest";
import {
  resolveAlibabaSuite,
  resolveTencentSuite,
  type AlibabaCryptoConfig,
  type CryptoSuite,
  type TencentCryptoOptions,
} from "@/lib/design/crypto/suite";
import { withStrongestSuite } from "@/lib/design/crypto/strongest-suite";
import { peerTunnelOf } from "@/lib/design/peer-config/from-design";
import { espProposal, ikeProposal } from "@/lib/design/peer-config/proposals";
import { renderSwanctl } from "@/lib/design/peer-config/swanctl";
import { configName, type PeerTunnel, type SelectorPair } from "@/lib/design/peer-config/types";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "@/lib/schemas/link/design";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { describeFailure, expectTunnel } from "./expect";
import { harnessProblem, negotiate } from "./negotiate";
import { OUTER } from "./netns";
import type { IpsecEndSpec, RawSwanctlEnd } from "./types";
import { variant } from "@/test/kit";

const problem = await harnessProblem();
const PSK = "Gen3rated!Key#42";
const TIMEOUT = 20_000;
/** From the peer's side: its own networks, then the cloud VPC's. */
const SELECTORS: SelectorPair = { local: ["10.2.0.0/24"], remote: ["10.1.0.0/24"] };

/** The cloud gateway as strongSwan would behave with the suite the API was given. */
function cloudEnd(suite: CryptoSuite, selectors: SelectorPair, psk = PSK): IpsecEndSpec {
  return {
    ikeVersion: suite.ikeVersion === "ikev2" ? 2 : 1,
    aggressive: suite.exchangeMode === "aggressive",
    ikeProposals: [ikeProposal(suite)],
    espProposals: [espProposal(suite)],
    psk,
    localTs: selectors.remote,
    remoteTs: selectors.local,
    ikeLifetimeS: suite.ike.lifetimeSeconds,
    childLifetimeS: suite.ipsec.lifetimeSeconds,
  };
}

function withoutAutoStart(conf: string): string {
  if (!conf.includes("start_action = start"))
    throw new Error("the renderer no longer auto-starts: update this test");
  return conf.replaceAll("start_action = start", "start_action = none");
}

/**
 * The peer device (always the right end) loading the portal's swanctl.conf verbatim. The renderer
 * writes only parsed addresses, so the file is rendered for the harness's outer addresses.
 */
function peerEnd(
  suite: CryptoSuite,
  selectors: SelectorPair,
  psk = PSK,
  name = "to cloud",
): RawSwanctlEnd {
  const tunnel: PeerTunnel = {
    name,
    localAddress: OUTER.right,
    remoteAddress: OUTER.left,
    localId: { type: "address", value: OUTER.right },
    remoteId: { type: "address", value: OUTER.left },
    suite,
    selectors: [selectors],
    dpd: { enabled: false, delaySeconds: 30, action: "clear" },
    psk,
  };
  return {
    kind: "raw",
    // The harness initiates itself; a second, automatic start would race it.
    swanctlConf: withoutAutoStart(renderSwanctl(tunnel)),
    child: `${configName(tunnel.name)}-1`,
    localSubnets: selectors.local,
  };
}

const tencent = (options: TencentCryptoOptions) => resolveTencentSuite(options).suite;
const alibaba = (config: AlibabaCryptoConfig) => resolveAlibabaSuite(config).suite;

/** The sample designs' suites: Tencent's recommended one, Alibaba's IKEv2 aes256/sha256/group14. */
const TENCENT_PARAMS = (
  TENCENT_ON_PREM as unknown as { site: { tunnel: { params: TencentCryptoOptions } } }
).site.tunnel.params;
const ALIBABA_PARAMS = (
  ALIBABA_TUNNEL as unknown as { site: { tunnel: { params: AlibabaCryptoConfig } } }
).site.tunnel.params;
const RECOMMENDED_TENCENT = tencent(TENCENT_PARAMS);

describe.skipIf(problem !== undefined)(
  "generated peer configs negotiate with the cloud side",
  () => {
    it.each<[string, CryptoSuite, SelectorPair]>([
      ["Tencent IKEv2 recommended suite", RECOMMENDED_TENCENT, SELECTORS],
      [
        "Tencent IKEv1 main mode with its legacy defaults but DH group 2",
        tencent({ IKEOptionsSpecification: { DhGroupName: "GROUP2" } }),
        SELECTORS,
      ],
      [
        "Tencent AES-GCM on the IPsec side",
        tencent({
          IKEOptionsSpecification: TENCENT_PARAMS.IKEOptionsSpecification,
          IPSECOptionsSpecification: { EncryptAlgorithm: "AES256GCM128", PfsDhGroup: "DH-GROUP14" },
        }),
        SELECTORS,
      ],
      [
        "multi-CIDR SPD (2 × 3 networks)",
        RECOMMENDED_TENCENT,
        {
          local: ["10.2.0.0/24", "10.3.0.0/24"],
          remote: ["10.1.0.0/24", "10.1.1.0/24", "10.1.2.0/24"],
        },
      ],
      ["Alibaba IKEv2 with aes256 / sha256 / group14", alibaba(ALIBABA_PARAMS), SELECTORS],
    ])("%s", { timeout: TIMEOUT }, async (_name, suite, selectors) => {
      const result = await negotiate({
        left: cloudEnd(suite, selectors),
        right: peerEnd(suite, selectors),
        initiator: "right",
      });
      expectTunnel(result);
    });

    it(
      "a hostile tunnel name and a key with quotes, backslashes and spaces (written as hex)",
      { timeout: TIMEOUT },
      async () => {
        const psk = 'a"b\\c d}#\n';
        const peer = peerEnd(RECOMMENDED_TENCENT, SELECTORS, psk, 'x" }\nsecrets { evil');
        expect(peer.swanctlConf).toContain("secret = 0x");
        const result = await negotiate({
          left: cloudEnd(RECOMMENDED_TENCENT, SELECTORS, psk),
          right: peer,
          initiator: "right",
        });
        expectTunnel(result);
      },
    );

    it(
      "cloud ↔ cloud: the Tencent and Alibaba parameters of one design agree",
      { timeout: TIMEOUT },
      async () => {
        const tencentSide = RECOMMENDED_TENCENT;
        const alibabaSide = alibaba(
          variant(ALIBABA_PARAMS, (params) => {
            params.IkeConfig.IkeLifetime = 86400;
          }),
        );
        expect(alibabaSide).toEqual(tencentSide);
        const left = cloudEnd(tencentSide, { local: ["10.2.0.0/24"], remote: ["10.1.0.0/24"] });
        const right = cloudEnd(alibabaSide, { local: ["10.1.0.0/24"], remote: ["10.2.0.0/24"] });
        expectTunnel(await negotiate({ left, right }));
      },
    );
  },
);

type Mismatch = {
  name: string;
  notify: string;
  suite?: CryptoSuite;
  psk?: string;
  selectors?: SelectorPair;
};

const MISMATCHES: Mismatch[] = [
  {
    name: "DH group",
    notify: "NO_PROPOSAL_CHOSEN",
    suite: { ...RECOMMENDED_TENCENT, ike: { ...RECOMMENDED_TENCENT.ike, dhGroup: "5" } },
  },
  { name: "pre-shared key", notify: "AUTHENTICATION_FAILED", psk: "not-the-same-key" },
  {
    name: "ESP proposal",
    notify: "NO_PROPOSAL_CHOSEN",
    suite: {
      ...RECOMMENDED_TENCENT,
      ipsec: { ...RECOMMENDED_TENCENT.ipsec, encryption: "aes128" },
    },
  },
  {
    name: "traffic selectors",
    notify: "TS_UNACCEPTABLE",
    selectors: { local: ["10.9.0.0/24"], remote: ["10.1.0.0/24"] },
  },
];

describe.skipIf(problem !== undefined)(
  "a generated peer config that disagrees fails as expected",
  () => {
    it.each(MISMATCHES)("$name mismatch → $notify", { timeout: TIMEOUT }, async (mismatch) => {
      const peer = peerEnd(
        mismatch.suite ?? RECOMMENDED_TENCENT,
        mismatch.selectors ?? SELECTORS,
        mismatch.psk ?? PSK,
      );
      const cloud = cloudEnd(RECOMMENDED_TENCENT, SELECTORS);
      const result = await negotiate({ left: cloud, right: peer, initiator: "right" });
      expect(result.childUp, describeFailure(result)).toBe(false);
      expect(result.notifies, describeFailure(result)).toContain(mismatch.notify);
    });
  },
);

/** The cloud side of a single-cloud design, read straight from its API parameters. */
function cloudEndOfDesign(design: LinkDesign, ids: { cloud: string; peer: string }): IpsecEndSpec {
  if (design.kind !== "tunnel" && design.kind !== "onPrem") throw new Error("no peer");
  const { site } = design;
  const suite =
    site.provider === "tencent"
      ? resolveTencentSuite(site.tunnel.params).suite
      : resolveAlibabaSuite(site.tunnel.params).suite;
  const selectors: SelectorPair =
    site.provider === "tencent"
      ? {
          local: site.tunnel.params.SecurityPolicyDatabases![0]!.RemoteCidrBlock,
          remote: [site.tunnel.params.SecurityPolicyDatabases![0]!.LocalCidrBlock],
        }
      : {
          local: site.tunnel.params.RemoteSubnet.split(","),
          remote: site.tunnel.params.LocalSubnet.split(","),
        };
  return { ...cloudEnd(suite, selectors), localId: `@${ids.cloud}`, remoteId: `@${ids.peer}` };
}

/** The swanctl.conf the link page offers for a design (peerTunnelOf), loaded verbatim. */
function downloadedPeerEnd(design: LinkDesign): RawSwanctlEnd {
  const mapped = peerTunnelOf(design, { gatewayPublicIp: OUTER.left });
  if (!mapped.ok) throw new Error(mapped.reason);
  const tunnel: PeerTunnel = { ...mapped.tunnel, localAddress: OUTER.right, psk: PSK };
  return {
    kind: "raw",
    swanctlConf: withoutAutoStart(renderSwanctl(tunnel)),
    child: `${configName(tunnel.name)}-1`,
    localSubnets: tunnel.selectors[0]!.local,
  };
}

const IDS = { cloud: "gw.cloud.example", peer: "fw.office.example" };

/** A Tencent design with a weak suite and FQDN identities, as the link page fixes it. */
const FIXED_TENCENT = linkDesignSchema.parse(
  withStrongestSuite(
    variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.IKEOptionsSpecification = {
        IKEVersion: "IKEV1",
        PropoEncryAlgorithm: "3DES-CBC",
        DhGroupName: "GROUP2",
        LocalIdentity: "FQDN",
        LocalFqdnName: IDS.cloud,
        RemoteIdentity: "FQDN",
        RemoteFqdnName: IDS.peer,
      };
      d.site.tunnel.params.IPSECOptionsSpecification = {
        IntegrityAlgorith: "MD5",
        PfsDhGroup: "NULL",
      };
    }),
  ),
);

const ALIBABA_WITH_IDS = linkDesignSchema.parse(
  variant(ALIBABA_TUNNEL, (d) => {
    d.site.tunnel.params.IkeConfig.LocalId = IDS.cloud;
    d.site.tunnel.params.IkeConfig.RemoteId = IDS.peer;
  }),
);

describe.skipIf(problem !== undefined)(
  "the link page's swanctl.conf, mapped from a design, negotiates with the design's cloud side",
  () => {
    it.each<[string, LinkDesign]>([
      ["Tencent on-premises, weak suite fixed in one click, FQDN ids", FIXED_TENCENT],
      ["Alibaba tunnel, FQDN ids", ALIBABA_WITH_IDS],
    ])("%s", { timeout: TIMEOUT }, async (_name, design) => {
      const result = await negotiate({
        left: cloudEndOfDesign(design, IDS),
        right: downloadedPeerEnd(design),
        initiator: "right",
      });
      expectTunnel(result);
    });
  },
);
