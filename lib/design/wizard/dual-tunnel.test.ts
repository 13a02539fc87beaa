import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { ALIBABA_TUNNEL } from "../link/test-designs";
import { isDualTunnel, toDualTunnel, toSingleTunnel } from "./dual-tunnel";
import { variant } from "@/test/kit";

const single = {
  LocalSubnet: "172.16.0.0/16",
  RemoteSubnet: "10.10.0.0/16",
  EnableDpd: false,
  IkeConfig: { IkeVersion: "ikev2", IkeEncAlg: "aes256" },
  IpsecConfig: { IpsecPfs: "group14" },
  BgpConfig: { EnableBgp: true, LocalAsn: 65010, TunnelCidr: "169.254.11.0/30" },
  HealthCheckConfig: { enable: true, dip: "10.10.0.1" },
};

describe("switching an Alibaba tunnel between one and two tunnels", () => {
  it("moves the crypto, DPD and BGP into a master and a slave tunnel", () => {
    const dual = toDualTunnel(single);
    expect(isDualTunnel(dual)).toBe(true);
    expect(dual).toEqual({
      LocalSubnet: "172.16.0.0/16",
      RemoteSubnet: "10.10.0.0/16",
      EnableTunnelsBgp: true,
      TunnelOptionsSpecification: [
        {
          Role: "master",
          EnableDpd: false,
          TunnelIkeConfig: { IkeVersion: "ikev2", IkeEncAlg: "aes256" },
          TunnelIpsecConfig: { IpsecPfs: "group14" },
          TunnelBgpConfig: { LocalAsn: 65010, TunnelCidr: "169.254.11.0/30" },
        },
        {
          Role: "slave",
          EnableDpd: false,
          TunnelIkeConfig: { IkeVersion: "ikev2", IkeEncAlg: "aes256" },
          TunnelIpsecConfig: { IpsecPfs: "group14" },
        },
      ],
    });
  });

  it("comes back to one tunnel from the master's settings", () => {
    const back = toSingleTunnel(toDualTunnel(single));
    const withoutHealthCheck: Record<string, unknown> = { ...single };
    delete withoutHealthCheck.HealthCheckConfig;
    expect(back).toEqual(withoutHealthCheck);
  });

  it("gives a design the link schema accepts", () => {
    const design = variant(ALIBABA_TUNNEL, (d) => {
      d.site.tunnel.params = toDualTunnel(d.site.tunnel.params);
    });
    expect(linkDesignSchema.safeParse(design).error?.issues ?? []).toEqual([]);
  });
});
