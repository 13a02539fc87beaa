import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { LinkDesign, LinkDesignInput } from "@/lib/schemas/link/design";

/**
 * bench:execute's links, in turn: a Tencent link with a new gateway, a Tencent tunnel on the
 * simulator's seeded gateway, the same two on Alibaba. Every one has its own peer (a new customer
 * gateway at its own address), its own names (`bench-…-n`, so duplicates show by name) and its
 * own remote network. One region per cloud: the clouds' limits are per account (and, on Alibaba,
 * per region), so the links compete for the same budget.
 */

export const BENCH_NAME_PREFIX = "bench-";

export const BENCH_KINDS = ["tencent-new", "tencent-existing", "alibaba-new", "alibaba-existing"];

/** The n-th /24 of 172.16.0.0/12, for the n-th link's remote network (n < 4096). */
const remoteNetwork = (n: number) => `172.${16 + Math.floor(n / 256)}.${n % 256}.0/24`;

/** Links a run may have: each needs a peer address of its own. */
export const MAX_BENCH_LINKS = 450;

/**
 * The n-th link's peer address (n < MAX_BENCH_LINKS): .100–.249 of the documentation ranges (the
 * portal refuses the reserved benchmarking range; the simulator's seed uses lower addresses).
 */
function peerAddress(n: number): string {
  const ranges = ["198.51.100", "203.0.113", "192.0.2"];
  return `${ranges[Math.floor(n / 150)]}.${(n % 150) + 100}`;
}

function tencentLink(n: number, newGateway: boolean): LinkDesignInput {
  if (TENCENT_ON_PREM.kind !== "onPrem") throw new Error("TENCENT_ON_PREM is an on-premises link");
  const { site } = TENCENT_ON_PREM;
  if (site.provider !== "tencent" || !site.tunnel) throw new Error("a Tencent link with a tunnel");
  return {
    kind: newGateway ? "onPrem" : "tunnel",
    name: `${BENCH_NAME_PREFIX}tc-${n}`,
    site: {
      ...site,
      gateway: newGateway
        ? {
            mode: "new",
            params: { VpnGatewayName: `bench-tc-gw-${n}`, InternetMaxBandwidthOut: 20 },
          }
        : { mode: "existing", id: "vpngw-gzseed01", publicIp: "198.51.100.10" },
      peer: {
        mode: "new",
        params: { CustomerGatewayName: `bench-tc-cgw-${n}`, IpAddress: peerAddress(n) },
      },
      tunnel: {
        ...site.tunnel,
        params: {
          ...site.tunnel.params,
          VpnConnectionName: `bench-tc-vpn-${n}`,
          SecurityPolicyDatabases: [
            { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: [remoteNetwork(n)] },
          ],
        },
      },
    },
  };
}

function alibabaLink(n: number, newGateway: boolean): LinkDesignInput {
  if (ALIBABA_TUNNEL.kind !== "tunnel") throw new Error("ALIBABA_TUNNEL is a tunnel link");
  const { site } = ALIBABA_TUNNEL;
  if (site.provider !== "alibaba" || !site.tunnel) throw new Error("an Alibaba link with a tunnel");
  return {
    kind: newGateway ? "onPrem" : "tunnel",
    name: `${BENCH_NAME_PREFIX}ali-${n}`,
    site: {
      ...site,
      gateway: newGateway
        ? { mode: "new", params: { Name: `bench-ali-gw-${n}`, Bandwidth: 10 } }
        : site.gateway,
      peer: { mode: "new", params: { Name: `bench-ali-cgw-${n}`, IpAddress: peerAddress(n) } },
      tunnel: {
        ...site.tunnel,
        params: {
          ...site.tunnel.params,
          Name: `bench-ali-vpn-${n}`,
          RemoteSubnet: remoteNetwork(n),
        },
      },
    },
  };
}

/** The n-th link of the benchmark (its kind is BENCH_KINDS[n % 4]). */
export function benchDesign(n: number): LinkDesign {
  const designs = [
    () => tencentLink(n, true),
    () => tencentLink(n, false),
    () => alibabaLink(n, true),
    () => alibabaLink(n, false),
  ];
  return linkDesignSchema.parse(designs[n % designs.length]!());
}
