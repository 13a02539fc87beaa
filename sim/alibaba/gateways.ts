import { z } from "zod";
import { SITE_GATEWAY_RULES } from "@/lib/schemas/link/account-site";
import type { SimSite } from "../site-keys";
import { aliGatewayStatus } from "../store/lifecycle";
import type { AliVpc, AliVSwitch, AliVpnGateway } from "../store/model";
import { newId } from "../store/store";
import { alibabaAction, alibabaIdempotentAction } from "./action";
import { alibabaDescribe } from "./describe";
import { AliError, gatewayNotFound, invalid, missing, quotaFull } from "./errors";
import { aliBool, aliInt, aliName, matchesIfGiven } from "./params";

/** A subscription month, as the simulator counts it. */
const MONTH_MS = 30 * 24 * 3600_000;
const BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000];
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];
const SSL_CONNECTIONS = [5, 10, 20, 50, 100, 200, 500, 1000];
/** A private-network gateway's only bandwidths, on both sites (cloud-api.md §4.1). */
const PRIVATE_BANDWIDTHS = [200, 1000];

const createParams = {
  VpcId: z.string().min(1),
  Bandwidth: aliInt.refine(
    (n) => BANDWIDTHS.includes(n),
    `must be one of ${BANDWIDTHS.join(", ")}`,
  ),
  InstanceChargeType: z.enum(["PREPAY", "POSTPAY"]).optional(),
  Period: aliInt.refine((n) => PERIODS.includes(n), "months: 1-9, 12, 24 or 36").optional(),
  AutoPay: aliBool.optional(),
  Name: aliName.optional(),
  EnableIpsec: aliBool.optional(),
  EnableSsl: aliBool.optional(),
  SslConnections: aliInt
    .refine((n) => SSL_CONNECTIONS.includes(n), "5, 10, 20, 50, 100, 200, 500 or 1000")
    .optional(),
  VSwitchId: z.string().optional(),
  DisasterRecoveryVSwitchId: z.string().optional(),
  NetworkType: z.enum(["public", "private"]).optional(),
  VpnType: z.enum(["Normal", "NationalStandard"]).optional(),
  ResourceGroupId: z.string().optional(),
};

/** Period is the subscription's length: required with PREPAY, refused without it (§4.1). */
function checkBilling(p: { InstanceChargeType?: string; Period?: number }): void {
  const prepay = p.InstanceChargeType === "PREPAY";
  if (prepay && p.Period === undefined) throw missing("Period");
  if (!prepay && p.Period !== undefined)
    throw invalid("Period", "only with InstanceChargeType=PREPAY");
}

/**
 * The rules of the caller's site (§4.1, §7.10): the China site takes subscriptions (PREPAY,
 * required), the International site pay-as-you-go; each site has its own public bandwidth list.
 */
function checkSite(
  p: { InstanceChargeType?: string; Bandwidth: number; NetworkType?: string },
  site: SimSite | undefined,
): void {
  if (!site) return;
  const rules = SITE_GATEWAY_RULES.alibaba[site];
  if (site === "china" && p.InstanceChargeType === undefined) throw missing("InstanceChargeType");
  if (p.InstanceChargeType !== undefined && p.InstanceChargeType !== rules.chargeType)
    throw invalid("InstanceChargeType", `the ${site} site takes ${rules.chargeType} only`);
  const bandwidths: readonly number[] = rules.bandwidths;
  if (p.NetworkType !== "private" && !bandwidths.includes(p.Bandwidth))
    throw invalid("Bandwidth", `the ${site} site takes ${bandwidths.join(", ")}`);
}

/** A vSwitch given for the gateway must exist in the region and belong to its VPC. */
function checkVSwitch(
  vSwitches: AliVSwitch[],
  name: string,
  id: string,
  vpc: AliVpc,
  region: string,
): void {
  const vsw = vSwitches.find((s) => s.VSwitchId === id && s.region === region);
  if (!vsw)
    throw new AliError(
      "InvalidVSwitchId.NotFound",
      `The specified vSwitch "${id}" does not exist.`,
      404,
    );
  if (vsw.VpcId !== vpc.VpcId) throw invalid(name, `the vSwitch is not in VPC ${vpc.VpcId}`);
}

export function aliGatewayView(gw: AliVpnGateway, now: number) {
  const status = aliGatewayStatus(gw, now);
  const ready = status === "active" || status === "updating";
  return {
    VpnGatewayId: gw.VpnGatewayId,
    Name: gw.Name,
    Description: gw.Description,
    VpcId: gw.VpcId,
    VSwitchId: gw.VSwitchId,
    DisasterRecoveryVSwitchId: gw.DisasterRecoveryVSwitchId ?? "",
    InternetIp: ready ? gw.InternetIp : "",
    DisasterRecoveryInternetIp: ready ? (gw.DisasterRecoveryInternetIp ?? "") : "",
    SslVpnInternetIp: "",
    Status: status,
    BusinessStatus: "Normal",
    IpsecVpn: gw.IpsecVpn,
    SslVpn: gw.SslVpn,
    SslMaxConnections: gw.SslMaxConnections,
    Spec: `${gw.Bandwidth}M`,
    ChargeType: gw.ChargeType,
    CreateTime: gw.createdAt,
    EndTime: gw.endsAt ?? 0,
    EnableBgp: false,
    AutoPropagate: gw.AutoPropagate ?? false,
    NetworkType: gw.NetworkType,
    VpnType: gw.VpnType,
    GatewayType: "Traditional",
    ResourceGroupId: "rg-sim-default",
    Tag: "",
    Tags: { Tag: [] },
  };
}

export const createVpnGateway = alibabaIdempotentAction({
  ratePerMinute: 60,
  params: createParams,
  run(p, { region, ctx, now, ali, site }) {
    const vpc = ali.vpcs.find((v) => v.VpcId === p.VpcId && v.region === region);
    if (!vpc)
      throw new AliError(
        "InvalidVpcId.NotFound",
        `The specified VPC "${p.VpcId}" does not exist in ${region}.`,
        404,
      );
    checkBilling(p);
    checkSite(p, site);
    if (p.NetworkType === "private" && !PRIVATE_BANDWIDTHS.includes(p.Bandwidth))
      throw invalid("Bandwidth", `a private gateway takes ${PRIVATE_BANDWIDTHS.join(" or ")}`);
    if (p.SslConnections !== undefined && p.EnableSsl !== true)
      throw invalid("SslConnections", "only with EnableSsl=true");
    const vSwitchId =
      p.VSwitchId ?? ali.vSwitches.find((s) => s.VpcId === vpc.VpcId)?.VSwitchId ?? "";
    if (p.VSwitchId !== undefined)
      checkVSwitch(ali.vSwitches, "VSwitchId", p.VSwitchId, vpc, region);
    const drVSwitchId = p.DisasterRecoveryVSwitchId;
    if (drVSwitchId !== undefined) {
      if (p.VSwitchId === undefined) throw missing("VSwitchId");
      checkVSwitch(ali.vSwitches, "DisasterRecoveryVSwitchId", drVSwitchId, vpc, region);
      if (drVSwitchId === p.VSwitchId)
        throw invalid("DisasterRecoveryVSwitchId", "must differ from VSwitchId");
    }
    const inRegion = ali.vpnGateways.filter((g) => g.region === region);
    if (inRegion.length >= ctx.quotas.vpnGatewaysPerRegion)
      throw quotaFull("VPN gateway", ctx.quotas.vpnGatewaysPerRegion, region);
    const id = newId("vpn", 10);
    const gw: AliVpnGateway = {
      region,
      VpnGatewayId: id,
      Name: p.Name ?? id,
      Description: "",
      VpcId: vpc.VpcId,
      VSwitchId: vSwitchId,
      ...(drVSwitchId === undefined ? {} : { DisasterRecoveryVSwitchId: drVSwitchId }),
      Bandwidth: p.Bandwidth,
      ChargeType: p.InstanceChargeType === "PREPAY" ? "Prepay" : "POSTPAY",
      InternetIp: ctx.store.nextPublicIp("alibaba"),
      ...(drVSwitchId === undefined
        ? {}
        : { DisasterRecoveryInternetIp: ctx.store.nextPublicIp("alibaba") }),
      IpsecVpn: p.EnableIpsec === false ? "disable" : "enable",
      SslVpn: p.EnableSsl ? "enable" : "disable",
      SslMaxConnections: p.SslConnections ?? 5,
      NetworkType: p.NetworkType ?? "public",
      VpnType: p.VpnType ?? "Normal",
      createdAt: now,
      initUntil: now + ctx.timings.alibabaGatewayInitMs,
      readyAt: now + ctx.timings.alibabaGatewayMs,
      busyUntil: now + ctx.timings.alibabaGatewayMs,
      ...(p.InstanceChargeType === "PREPAY" ? { endsAt: now + (p.Period ?? 1) * MONTH_MS } : {}),
    };
    const OrderId = 200000000000 + Math.floor(now % 100000000000);
    // A subscription without AutoPay is an order waiting for payment, not yet a gateway (§4.1).
    if (p.InstanceChargeType === "PREPAY" && p.AutoPay !== true)
      ali.unpaidOrders.push({
        OrderId,
        lapsesAt: now + ctx.timings.alibabaOrderLapseMs,
        gateway: gw,
      });
    else ali.vpnGateways.push(gw);
    return { VpnGatewayId: gw.VpnGatewayId, Name: gw.Name, OrderId };
  },
});

export const describeVpnGateway = alibabaAction({
  mutates: false,
  ratePerMinute: 600,
  schema: z.object({ VpnGatewayId: z.string().min(1), IncludeReservationData: aliBool.optional() }),
  run(p, { region, now, ali }) {
    const gw = ali.vpnGateways.find(
      (g) => g.VpnGatewayId === p.VpnGatewayId && g.region === region,
    );
    if (!gw) throw gatewayNotFound(p.VpnGatewayId);
    return aliGatewayView(gw, now);
  },
});

export const describeVpnGateways = alibabaDescribe({
  params: {
    VpcId: z.string().optional(),
    VpnGatewayId: z.string().optional(),
    Status: z.enum(["init", "provisioning", "active", "updating", "deleting"]).optional(),
    BusinessStatus: z.enum(["Normal", "FinancialLocked"]).optional(),
  },
  rows: (ali) => ali.vpnGateways,
  matches: (g, p, now) =>
    matchesIfGiven(p.VpcId, g.VpcId) &&
    matchesIfGiven(p.VpnGatewayId, g.VpnGatewayId) &&
    matchesIfGiven(p.Status, aliGatewayStatus(g, now)) &&
    matchesIfGiven(p.BusinessStatus, "Normal"),
  list: ["VpnGateways", "VpnGateway"],
  view: aliGatewayView,
});
