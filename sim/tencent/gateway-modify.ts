import { z } from "zod";
import { tcChargeType, tcGatewayState } from "../store/lifecycle";
import type { SimState, TcVpnGateway } from "../store/model";
import { tencentAction } from "./action";
import { TcError } from "./errors";
import { instanceChargePrepaidSchema, MONTH_MS } from "./gateways";
import { findCustomerGateway, findVpnGateway } from "./lookups";
import { bgpAsnSchema } from "./params";

/** Bandwidth changes stay inside one band and only go up (ResetVpnGatewayInternetMaxBandwidth). */
const BANDS = [
  [5, 10, 20, 50, 100],
  [200, 500, 1000],
];

function runningGateway(tc: SimState["tencent"], region: string, id: string, now: number) {
  const gw = findVpnGateway(tc, region, id);
  const state = tcGatewayState(gw, now);
  if (state !== "AVAILABLE")
    throw new TcError("UnsupportedOperation.InvalidState", `The VPN gateway is ${state}.`);
  return gw;
}

function assertPrepaid(gw: TcVpnGateway, now: number): void {
  if (tcChargeType(gw, now) !== "PREPAID")
    throw new TcError(
      "UnsupportedOperation",
      `The VPN gateway \`${gw.VpnGatewayId}\` is pay-as-you-go; this applies to PREPAID gateways only.`,
    );
}

/**
 * ModifyVpnGatewayAttribute: name, BGP ASN, and the one billing switch (PREPAID →
 * POSTPAID_BY_HOUR). When the switch takes effect is unconfirmed; the simulator takes the safe
 * reading — at the end of the paid term (NewPurchasePlan PREPAID_TO_POSTPAID until then).
 */
export const modifyVpnGatewayAttribute = tencentAction({
  mutates: true,
  rateLimit: 20,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    VpnGatewayName: z.string().min(1).max(60).optional(),
    InstanceChargeType: z
      .literal("POSTPAID_BY_HOUR", "only a switch to POSTPAID_BY_HOUR is supported")
      .optional(),
    BgpAsn: bgpAsnSchema.optional(),
    MaxConnection: z.number().int().optional(),
  }),
  run(p, { region, now, tc }) {
    const gw = runningGateway(tc, region, p.VpnGatewayId, now);
    if (p.MaxConnection !== undefined && gw.Type !== "SSL")
      throw new TcError("UnsupportedOperation", "MaxConnection applies to SSL gateways only.");
    const bgpTunnel = tc.vpnConnections.some(
      (c) => c.VpnGatewayId === gw.VpnGatewayId && c.RouteType === "Bgp",
    );
    if (p.BgpAsn !== undefined && bgpTunnel)
      throw new TcError(
        "UnsupportedOperation.VpnUnsupportedModifyBgpAsn",
        "The BGP ASN cannot change while BGP tunnels use the gateway.",
      );
    if (p.VpnGatewayName !== undefined) gw.VpnGatewayName = p.VpnGatewayName;
    if (p.BgpAsn !== undefined) gw.BgpAsn = p.BgpAsn;
    if (p.InstanceChargeType && tcChargeType(gw, now) === "PREPAID")
      gw.NewPurchasePlan = "PREPAID_TO_POSTPAID";
  },
});

/** ModifyCustomerGatewayAttribute: the name only (IpAddress has no parameter; BgpAsn needs an allow-listed account). */
export const modifyCustomerGatewayAttribute = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({
    CustomerGatewayId: z.string(),
    CustomerGatewayName: z.string().min(1).max(60),
    BgpAsn: z.number().int().optional(),
  }),
  run(p, { region, tc }) {
    const cgw = findCustomerGateway(tc, region, p.CustomerGatewayId);
    if (p.BgpAsn !== undefined && p.BgpAsn !== cgw.BgpAsn)
      throw new TcError(
        "UnsupportedOperation.VpnUnsupportedModifyBgpAsn",
        "Only accounts on the BGP allow-list can change a customer gateway's ASN.",
      );
    cgw.CustomerGatewayName = p.CustomerGatewayName;
  },
});

export const resetVpnGatewayInternetMaxBandwidth = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({ VpnGatewayId: z.string(), InternetMaxBandwidthOut: z.number().int() }),
  run(p, { region, now, tc }) {
    const gw = runningGateway(tc, region, p.VpnGatewayId, now);
    const band = BANDS.find((b) => b.includes(gw.InternetMaxBandwidthOut));
    if (!BANDS.flat().includes(p.InternetMaxBandwidthOut))
      throw new TcError(
        "InvalidParameterValue",
        `InternetMaxBandwidthOut must be one of ${BANDS.flat().join(", ")}.`,
      );
    if (
      !band?.includes(p.InternetMaxBandwidthOut) ||
      p.InternetMaxBandwidthOut < gw.InternetMaxBandwidthOut
    )
      throw new TcError(
        "UnsupportedOperation.VpnUnsupportedModifyBandwidth",
        `From ${gw.InternetMaxBandwidthOut} Mbps the bandwidth can only go up within ${band?.join("/")} Mbps.`,
      );
    if (gw.InstanceChargeType === "PREPAID" && now >= (gw.expiresAt ?? 0))
      throw new TcError("UnsupportedOperation", "The PREPAID gateway's term has ended.");
    gw.InternetMaxBandwidthOut = p.InternetMaxBandwidthOut;
  },
});

/** SetVpnGatewaysRenewFlag: 1 = auto-renew, 0 / 2 = no auto-renew (PREPAID gateways only). */
export const setVpnGatewaysRenewFlag = tencentAction({
  mutates: true,
  rateLimit: 20,
  schema: z.strictObject({
    VpnGatewayIds: z.array(z.string()).min(1).max(100),
    AutoRenewFlag: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    Type: z.enum(["IPSEC", "SSL"]).optional(),
  }),
  run(p, { region, now, tc }) {
    const gateways = p.VpnGatewayIds.map((id) => findVpnGateway(tc, region, id));
    for (const gw of gateways) assertPrepaid(gw, now);
    for (const gw of gateways)
      gw.RenewFlag = p.AutoRenewFlag === 1 ? "NOTIFY_AND_AUTO_RENEW" : "NOTIFY_AND_MANUAL_RENEW";
  },
});

/** RenewVpnGateway: extends a PREPAID IPSEC gateway's term (the balance is not simulated). */
export const renewVpnGateway = tencentAction({
  mutates: true,
  rateLimit: 20,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    InstanceChargePrepaid: instanceChargePrepaidSchema,
  }),
  run(p, { region, now, tc }) {
    const gw = findVpnGateway(tc, region, p.VpnGatewayId);
    assertPrepaid(gw, now);
    if (gw.Type !== "IPSEC")
      throw new TcError("UnsupportedOperation", "Only IPSEC gateways can be renewed.");
    gw.expiresAt = Math.max(gw.expiresAt ?? now, now) + p.InstanceChargePrepaid.Period * MONTH_MS;
    gw.RenewFlag = p.InstanceChargePrepaid.RenewFlag ?? gw.RenewFlag;
  },
});
