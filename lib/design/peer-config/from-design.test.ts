import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "../../schemas/link/design";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "../link/test-designs";
import { API_DEFAULTS, RECOMMENDED_SUITE } from "../crypto/suite";
import { CLOUD_GATEWAY_IP_PLACEHOLDER, peerAddressesOf, peerTunnelOf } from "./from-design";
import { renderSwanctl } from "./swanctl";
import type { PeerTunnel } from "./types";
import { variant } from "@/test/kit";

const parse = (input: unknown): LinkDesign => linkDesignSchema.parse(input);

function tunnelOf(input: unknown, created?: { gatewayPublicIp?: string }): PeerTunnel {
  const result = peerTunnelOf(parse(input), created);
  if (!result.ok) throw new Error(`no peer tunnel: ${result.reason}`);
  return result.tunnel;
}

describe("peerTunnelOf", () => {
  it("maps a Tencent on-premises design, seen from the device (SPD sides swapped)", () => {
    expect(tunnelOf(TENCENT_ON_PREM)).toEqual({
      name: "gz-sz-office",
      localAddress: "203.0.113.20",
      remoteAddress: CLOUD_GATEWAY_IP_PLACEHOLDER,
      localId: { type: "address", value: "203.0.113.20" },
      remoteId: { type: "address", value: CLOUD_GATEWAY_IP_PLACEHOLDER },
      suite: RECOMMENDED_SUITE,
      selectors: [{ local: ["192.168.10.0/24", "192.168.11.0/24"], remote: ["10.10.1.0/24"] }],
      dpd: { enabled: false, delaySeconds: 30, action: "clear" },
    });
  });

  it("maps an Alibaba tunnel on an existing gateway: its public IP, subnets as one pair", () => {
    expect(tunnelOf(ALIBABA_TUNNEL)).toMatchObject({
      name: "hz-bj-dc",
      localAddress: "192.0.2.20",
      remoteAddress: "203.0.113.10",
      localId: { type: "address", value: "192.0.2.20" },
      remoteId: { type: "address", value: "203.0.113.10" },
      suite: RECOMMENDED_SUITE,
      selectors: [{ local: ["172.31.0.0/16"], remote: ["192.168.0.0/24"] }],
      dpd: { enabled: true, action: "restart" },
    });
  });

  it("reads Tencent FQDN identities, multiple SPD rows, DPD and the cloud defaults", () => {
    const tunnel = tunnelOf(
      variant(TENCENT_ON_PREM, (d) => {
        const params = d.site.tunnel.params;
        params.IKEOptionsSpecification = {
          LocalIdentity: "FQDN",
          LocalFqdnName: "cloud.example.com",
          RemoteIdentity: "FQDN",
          RemoteFqdnName: "office.example.com",
        };
        delete params.IPSECOptionsSpecification;
        params.SecurityPolicyDatabases.push({
          LocalCidrBlock: "10.11.0.0/24",
          RemoteCidrBlock: ["172.16.0.0/16"],
        });
        params.DpdEnable = 1;
        params.DpdTimeout = "45";
        params.DpdAction = "restart";
      }),
    );
    expect(tunnel.localId).toEqual({ type: "fqdn", value: "office.example.com" });
    expect(tunnel.remoteId).toEqual({ type: "fqdn", value: "cloud.example.com" });
    expect(tunnel.suite).toEqual(API_DEFAULTS.tencent);
    expect(tunnel.selectors).toEqual([
      { local: ["192.168.10.0/24", "192.168.11.0/24"], remote: ["10.10.1.0/24"] },
      { local: ["172.16.0.0/16"], remote: ["10.11.0.0/24"] },
    ]);
    expect(tunnel.dpd).toEqual({ enabled: true, delaySeconds: 45, action: "restart" });
  });

  it("reads Alibaba LocalId / RemoteId as FQDN or address, swapped for the device", () => {
    const tunnel = tunnelOf(
      variant(ALIBABA_TUNNEL, (d) => {
        d.site.tunnel.params.IkeConfig.LocalId = "hz.example.com";
        d.site.tunnel.params.IkeConfig.RemoteId = "198.51.100.7";
        d.site.tunnel.params.EnableDpd = false;
      }),
    );
    expect(tunnel.remoteId).toEqual({ type: "fqdn", value: "hz.example.com" });
    expect(tunnel.localId).toEqual({ type: "address", value: "198.51.100.7" });
    expect(tunnel.dpd.enabled).toBe(false);
  });

  it("uses the created gateway's IP once the execution knows it", () => {
    const tunnel = tunnelOf(TENCENT_ON_PREM, { gatewayPublicIp: "198.51.100.99" });
    expect(tunnel.remoteAddress).toBe("198.51.100.99");
    expect(renderSwanctl(tunnel)).not.toContain(CLOUD_GATEWAY_IP_PLACEHOLDER);
  });

  it.each([
    ["Tencent gateway only", TENCENT_GATEWAY, "gatewayOnly"],
    ["Alibaba gateway only", ALIBABA_GATEWAY, "gatewayOnly"],
    ["cloud ↔ cloud", CLOUD_TO_CLOUD, "cloudToCloud"],
    [
      "Alibaba dual tunnel",
      variant(ALIBABA_TUNNEL, (d) => {
        delete d.site.tunnel.params.IkeConfig;
        delete d.site.tunnel.params.IpsecConfig;
        d.site.tunnel.params.TunnelOptionsSpecification = ["master", "slave"].map((Role) => ({
          Role,
          CustomerGatewayId: "cgw-hzseed0001",
        }));
      }),
      "dualTunnel",
    ],
  ])("has no peer tunnel for %s", (_name, input, reason) => {
    expect(peerTunnelOf(parse(input))).toEqual({ ok: false, reason });
  });
});

describe("peerAddressesOf", () => {
  it("takes the peer from a new or an existing customer gateway", () => {
    const onPrem = parse(TENCENT_ON_PREM);
    const tunnel = parse(ALIBABA_TUNNEL);
    if (onPrem.kind !== "onPrem" || tunnel.kind !== "tunnel") throw new Error("kind");
    expect(peerAddressesOf(onPrem)).toEqual({
      peer: "203.0.113.20",
      cloud: CLOUD_GATEWAY_IP_PLACEHOLDER,
    });
    expect(peerAddressesOf(tunnel)).toEqual({ peer: "192.0.2.20", cloud: "203.0.113.10" });
  });
});
