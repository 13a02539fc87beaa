import { z } from "zod";
import { createCustomerGateway as aliCreateCustomerGateway } from "../alibaba/customer-gateways";
import { createVpnConnection as aliCreateVpnConnection } from "../alibaba/connections";
import { createVpnGateway as aliCreateVpnGateway } from "../alibaba/gateways";
import type { SimContext } from "../context";
import { createVpnConnection as tcCreateVpnConnection } from "../tencent/connections";
import { createCustomerGateway as tcCreateCustomerGateway } from "../tencent/customer-gateways";
import { createVpnGateway as tcCreateVpnGateway } from "../tencent/gateways";

export const seedUnownedBodySchema = z.strictObject({ provider: z.enum(["tencent", "alibaba"]) });

export interface UnownedTunnel {
  provider: "tencent" | "alibaba";
  region: string;
  vpnGatewayId: string;
  customerGatewayId: string;
  vpnConnectionId: string;
}

type Ids = Pick<UnownedTunnel, "vpnGatewayId" | "customerGatewayId" | "vpnConnectionId">;
const ids = (
  gw: { VpnGatewayId: string },
  cgw: { CustomerGatewayId: string },
  conn: { VpnConnectionId: string },
): Ids => ({
  vpnGatewayId: gw.VpnGatewayId,
  customerGatewayId: cgw.CustomerGatewayId,
  vpnConnectionId: conn.VpnConnectionId,
});

/** The n-th unowned set gets its own names and peer address (192.0.2.200 + n). */
function nextNumber(ctx: SimContext, provider: "tencent" | "alibaba"): number {
  const names =
    provider === "tencent"
      ? ctx.store.state.tencent.vpnGateways.map((g) => g.VpnGatewayName)
      : ctx.store.state.alibaba.vpnGateways.map((g) => g.Name);
  return names.filter((name) => name.startsWith("unowned-")).length + 1;
}

/**
 * POST /_sim/unowned: a VPN gateway, a customer gateway and a tunnel between them that no link
 * owns, as if made in the cloud console — for the portal's "adopt". They are made through the
 * simulator's own create actions (same checks and shapes) and are ready at once.
 */
export function seedUnownedTunnel(ctx: SimContext, provider: "tencent" | "alibaba"): UnownedTunnel {
  const now = ctx.clock.now();
  const n = nextNumber(ctx, provider);
  const base = { requestId: `sim-unowned-${n}`, ctx, now };
  const peer = `192.0.2.${200 + n}`;
  if (provider === "tencent") {
    const tc = ctx.store.state.tencent;
    const input = { ...base, region: "ap-guangzhou", tc };
    tcCreateVpnGateway.run({
      ...input,
      params: { VpcId: "vpc-gzdev001", VpnGatewayName: `unowned-${n}`, InternetMaxBandwidthOut: 5 },
    });
    const gw = tc.vpnGateways.at(-1)!;
    gw.readyAt = now;
    tcCreateCustomerGateway.run({
      ...input,
      params: { CustomerGatewayName: `unowned-peer-${n}`, IpAddress: peer },
    });
    const cgw = tc.customerGateways.at(-1)!;
    tcCreateVpnConnection.run({
      ...input,
      params: {
        VpnGatewayId: gw.VpnGatewayId,
        CustomerGatewayId: cgw.CustomerGatewayId,
        VpnConnectionName: `unowned-${n}`,
        PreShareKey: `Unowned-Key-${n}`,
        VpcId: gw.VpcId,
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "172.20.1.0/24", RemoteCidrBlock: [`10.${240 + n}.0.0/16`] },
        ],
      },
    });
    const conn = tc.vpnConnections.at(-1)!;
    conn.readyAt = now;
    return { provider, region: input.region, ...ids(gw, cgw, conn) };
  }
  const ali = ctx.store.state.alibaba;
  const input = { ...base, region: "cn-hangzhou", ali };
  aliCreateVpnGateway.run({
    ...input,
    params: { VpcId: "vpc-hzdev00001", Bandwidth: "10", Name: `unowned-${n}` },
  });
  const gw = ali.vpnGateways.at(-1)!;
  Object.assign(gw, { initUntil: now, readyAt: now, busyUntil: now });
  aliCreateCustomerGateway.run({
    ...input,
    params: { IpAddress: peer, Name: `unowned-peer-${n}` },
  });
  const cgw = ali.customerGateways.at(-1)!;
  aliCreateVpnConnection.run({
    ...input,
    params: {
      VpnGatewayId: gw.VpnGatewayId,
      CustomerGatewayId: cgw.CustomerGatewayId,
      Name: `unowned-${n}`,
      LocalSubnet: "172.16.1.0/24",
      RemoteSubnet: `10.${240 + n}.0.0/16`,
      IkeConfig: JSON.stringify({ Psk: `Unowned-Key-${n}`, IkeVersion: "ikev2" }),
    },
  });
  const conn = ali.vpnConnections.at(-1)!;
  conn.readyAt = now;
  gw.busyUntil = now;
  return { provider, region: input.region, ...ids(gw, cgw, conn) };
}
