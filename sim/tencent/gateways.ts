import { z } from "zod";
import { tcChargeType, tcGatewayState } from "../store/lifecycle";
import type { TcVpnGateway } from "../store/model";
import { findRegion, TENCENT_REGIONS } from "../store/regions";
import { newId } from "../store/store";
import { tencentAction } from "./action";
import { checkRoomFor, TcError } from "./errors";
import { tencentDescribe } from "./describe";
import { idPattern, tagSchema, tagSet, tencentTime } from "./params";
import { storedFields } from "../store/stored-fields";
import { TENCENT_SSL_MAX_CONNECTIONS } from "@/lib/schemas/tencent/create-vpn-gateway";
import { SITE_GATEWAY_RULES } from "@/lib/schemas/link/account-site";
import type { SimSite } from "../site-keys";

/** A prepaid month, as the simulator counts it. */
export const MONTH_MS = 30 * 24 * 3600_000;
export const BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000, 3000];
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

export const instanceChargePrepaidSchema = z.strictObject({
  Period: z
    .number()
    .int()
    .refine((n) => PERIODS.includes(n), "Period must be 1-9, 12, 24 or 36 months"),
  RenewFlag: z.enum(["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW"]).optional(),
});

/** VpnGatewayName: at most 60 bytes of UTF-8 (a Chinese character counts as 3). */
const gatewayName = z
  .string()
  .min(1)
  .refine((name) => Buffer.byteLength(name, "utf8") <= 60, {
    message: "at most 60 bytes (a Chinese character counts as 3)",
    params: { code: "InvalidParameterValue.TooLong" },
  });

const SSL_TYPES = new Set(["SSL", "SSL_CCN"]);

const createSchema = z
  .strictObject({
    VpcId: z.string(),
    VpnGatewayName: gatewayName,
    InternetMaxBandwidthOut: z
      .number()
      .int()
      .refine((n) => BANDWIDTHS.includes(n), `must be one of ${BANDWIDTHS.join(", ")}`),
    InstanceChargeType: z.enum(["POSTPAID_BY_HOUR", "PREPAID"]).optional(),
    InstanceChargePrepaid: instanceChargePrepaidSchema.optional(),
    Zone: z.string().optional(),
    Type: z.enum(["IPSEC", "SSL", "CCN", "SSL_CCN"]).optional(),
    Tags: z.array(tagSchema).optional(),
    CdcId: z.string().optional(),
    MaxConnection: z
      .number()
      .int()
      .refine(
        (n) => (TENCENT_SSL_MAX_CONNECTIONS as readonly number[]).includes(n),
        `must be one of ${TENCENT_SSL_MAX_CONNECTIONS.join(", ")}`,
      )
      .optional(),
    BgpAsn: z.number().int().min(1).max(4294967295).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.InstanceChargePrepaid && p.InstanceChargeType !== "PREPAID") {
      ctx.addIssue({
        code: "custom",
        path: ["InstanceChargePrepaid"],
        message: "only with InstanceChargeType PREPAID",
      });
    }
    if (p.MaxConnection !== undefined && !SSL_TYPES.has(p.Type ?? "IPSEC")) {
      ctx.addIssue({
        code: "custom",
        path: ["MaxConnection"],
        message: "only SSL and SSL_CCN gateways take MaxConnection",
      });
    }
  });

export function tcGatewayView(gw: TcVpnGateway, now: number) {
  const state = tcGatewayState(gw, now);
  return {
    ...storedFields(gw, [
      "VpnGatewayId",
      "VpcId",
      "VpnGatewayName",
      "Type",
      "InternetMaxBandwidthOut",
      "Zone",
      "TagSet",
    ]),
    State: state,
    PublicIpAddress: state === "AVAILABLE" ? gw.PublicIpAddress : "",
    RenewFlag: gw.InstanceChargeType === "PREPAID" ? (gw.RenewFlag ?? "NOTIFY_AND_AUTO_RENEW") : "",
    InstanceChargeType: tcChargeType(gw, now),
    CreatedTime: tencentTime(gw.createdAt),
    ExpiredTime: gw.expiresAt === undefined ? "0000-00-00 00:00:00" : tencentTime(gw.expiresAt),
    IsAddressBlocked: false,
    NewPurchasePlan: gw.NewPurchasePlan ?? "",
    RestrictState: "NORMAL",
    VpnGatewayQuotaSet: [],
    Version: "2.0",
    NetworkInstanceId: "",
    CdcId: "",
    MaxConnection: 0,
    BgpAsn: gw.BgpAsn ?? 0,
  };
}

/**
 * The International site lists 5–100 Mbps only (§7.5; the SDK lists up to 3000): an account on it
 * is held to that list — unconfirmed which one the cloud enforces, so the shorter (safe) one.
 */
function checkSiteBandwidth(bandwidth: number, site: SimSite | undefined): void {
  if (!site) return;
  const allowed: readonly number[] = SITE_GATEWAY_RULES.tencent[site].bandwidths;
  if (!allowed.includes(bandwidth))
    throw new TcError(
      "InvalidParameterValue",
      `The value \`${bandwidth}\` of parameter \`InternetMaxBandwidthOut\` is not offered on the ${site} site (${allowed.join(", ")}).`,
    );
}

export const createVpnGateway = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: createSchema,
  run(p, { region, ctx, now, tc, site }) {
    const type = p.Type ?? "IPSEC";
    checkSiteBandwidth(p.InternetMaxBandwidthOut, site);
    const vpcType = type === "IPSEC" || type === "SSL";
    if (vpcType && p.VpcId === "") {
      throw new TcError(
        "UnsupportedOperation.VpnGwVpcIdMustHave",
        `A ${type} VPN gateway requires a VpcId.`,
      );
    }
    if (!vpcType && p.VpcId !== "") {
      throw new TcError(
        "UnsupportedOperation.VpnGwVpcIdNotHave",
        `A ${type} VPN gateway must not have a VpcId.`,
      );
    }
    if (vpcType) {
      if (!idPattern("vpc").test(p.VpcId))
        throw new TcError("InvalidVpcId.Malformed", `The VpcId \`${p.VpcId}\` is malformed.`);
      if (!tc.vpcs.some((v) => v.VpcId === p.VpcId && v.region === region)) {
        throw new TcError(
          "InvalidVpcId.NotFound",
          `The VpcId \`${p.VpcId}\` does not exist in ${region}.`,
        );
      }
    }
    if (p.InstanceChargeType === "PREPAID" && !p.InstanceChargePrepaid) {
      throw new TcError(
        "InvalidParameterValue",
        "InstanceChargePrepaid is required when InstanceChargeType is PREPAID.",
      );
    }
    const zones = findRegion(TENCENT_REGIONS, region)?.zones ?? [];
    if (p.Zone !== undefined && !zones.includes(p.Zone)) {
      throw new TcError(
        "InvalidParameterValue",
        `The Zone \`${p.Zone}\` is not a zone of ${region}.`,
      );
    }
    const inRegion = tc.vpnGateways.filter((g) => g.region === region);
    checkRoomFor({
      what: "VPN gateway",
      siblings: inRegion,
      sameName: (g) => g.VpcId === p.VpcId && g.VpnGatewayName === p.VpnGatewayName,
      name: p.VpnGatewayName,
      quota: ctx.quotas.vpnGatewaysPerRegion,
      scope: region,
    });
    const gw: TcVpnGateway = {
      region,
      VpnGatewayId: newId("vpngw"),
      VpcId: p.VpcId,
      VpnGatewayName: p.VpnGatewayName,
      Type: type,
      InternetMaxBandwidthOut: p.InternetMaxBandwidthOut,
      InstanceChargeType: p.InstanceChargeType ?? "POSTPAID_BY_HOUR",
      Zone: p.Zone ?? zones[0] ?? region,
      PublicIpAddress: ctx.store.nextPublicIp("tencent"),
      TagSet: tagSet(p.Tags),
      createdAt: now,
      readyAt: now + ctx.timings.tencentGatewayMs,
      ...(p.InstanceChargePrepaid && p.InstanceChargeType === "PREPAID"
        ? {
            expiresAt: now + p.InstanceChargePrepaid.Period * MONTH_MS,
            RenewFlag: p.InstanceChargePrepaid.RenewFlag ?? "NOTIFY_AND_AUTO_RENEW",
          }
        : {}),
    };
    tc.vpnGateways.push(gw);
    return { VpnGateway: tcGatewayView(gw, now) };
  },
});

export const describeVpnGateways = tencentDescribe<TcVpnGateway>({
  rateLimit: 300,
  idField: "VpnGatewayId",
  checkId: (id) => {
    if (!idPattern("vpngw").test(id))
      throw new TcError(
        "InvalidVpnGatewayId.Malformed",
        `The VpnGatewayId \`${id}\` is malformed.`,
      );
  },
  rows: (tc) => tc.vpnGateways,
  fieldFilters: ["VpcId", "VpnGatewayName", "Type", "Zone"],
  filters: (now) => ({
    "public-ip-address": (g) => (tcGatewayState(g, now) === "AVAILABLE" ? g.PublicIpAddress : ""),
    "renew-flag": () => "",
  }),
  setName: "VpnGatewaySet",
  view: tcGatewayView,
});
