import { z } from "zod";
import { tcChargeType } from "../store/lifecycle";
import type { SimState, TcVpnGateway } from "../store/model";
import { tencentAction } from "./action";
import { TcError } from "./errors";
import { BANDWIDTHS, instanceChargePrepaidSchema, MONTH_MS } from "./gateways";
import { findVpnGateway } from "./lookups";

/**
 * The price inquiries (sync, read-only). Only the 5 Mbps figures are documented examples (380 a
 * month prepaid; 0.48 an hour plus 0.8 a GB pay-as-you-go); the other monthly prices are the
 * simulator's own, and an hour costs 0.9/720 of a month. No currency is given, as in the API.
 */
const MONTHLY: Record<number, number> = {
  5: 380,
  10: 560,
  20: 880,
  50: 1700,
  100: 2900,
  200: 5200,
  500: 11000,
  1000: 19000,
  3000: 45000,
};
const PER_GB = 0.8;

const cents = (n: number) => Math.round(n * 100) / 100;
const monthly = (mbps: number) => MONTHLY[mbps] ?? 0;

function prepaidPrice(amount: number) {
  const price = cents(amount);
  return {
    InstancePrice: {
      UnitPrice: null,
      ChargeUnit: "none",
      OriginalPrice: price,
      DiscountPrice: price,
    },
    BandwidthPrice: { UnitPrice: null, ChargeUnit: "none", OriginalPrice: 0, DiscountPrice: 0 },
  };
}

function postpaidPrice(mbps: number) {
  return {
    InstancePrice: {
      UnitPrice: cents((monthly(mbps) * 0.9) / 720),
      ChargeUnit: "HOUR",
      OriginalPrice: null,
      DiscountPrice: null,
    },
    BandwidthPrice: {
      UnitPrice: PER_GB,
      ChargeUnit: "GB",
      OriginalPrice: null,
      DiscountPrice: null,
    },
  };
}

function prepaidGateway(
  tc: SimState["tencent"],
  region: string,
  id: string,
  now: number,
): TcVpnGateway {
  const gw = findVpnGateway(tc, region, id);
  if (tcChargeType(gw, now) !== "PREPAID" || gw.Type !== "IPSEC" || now >= (gw.expiresAt ?? 0))
    throw new TcError(
      "UnsupportedOperation",
      "Only unexpired PREPAID IPSEC gateways have this price.",
    );
  return gw;
}

const bandwidth = z
  .number()
  .int()
  .refine((n) => BANDWIDTHS.includes(n), `must be one of ${BANDWIDTHS.join(", ")}`);

export const inquiryPriceCreateVpnGateway = tencentAction({
  mutates: false,
  rateLimit: 100,
  schema: z.strictObject({
    InternetMaxBandwidthOut: bandwidth,
    InstanceChargeType: z.enum(["POSTPAID_BY_HOUR", "PREPAID"]).optional(),
    InstanceChargePrepaid: instanceChargePrepaidSchema.optional(),
    MaxConnection: z.number().int().min(5).max(1000).optional(),
    Type: z.enum(["IPSEC", "SSL"]).optional(),
  }),
  run(p) {
    if (p.Type === "SSL" && p.MaxConnection === undefined)
      throw new TcError("InvalidParameterValue", "MaxConnection is required for an SSL gateway.");
    if (p.InstanceChargeType !== "PREPAID")
      return { Price: postpaidPrice(p.InternetMaxBandwidthOut) };
    if (!p.InstanceChargePrepaid)
      throw new TcError(
        "InvalidParameterValue",
        "InstanceChargePrepaid is required when InstanceChargeType is PREPAID.",
      );
    return {
      Price: prepaidPrice(monthly(p.InternetMaxBandwidthOut) * p.InstanceChargePrepaid.Period),
    };
  },
});

export const inquiryPriceRenewVpnGateway = tencentAction({
  mutates: false,
  rateLimit: 100,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    InstanceChargePrepaid: instanceChargePrepaidSchema,
  }),
  run(p, { region, now, tc }) {
    const gw = prepaidGateway(tc, region, p.VpnGatewayId, now);
    return {
      Price: prepaidPrice(monthly(gw.InternetMaxBandwidthOut) * p.InstanceChargePrepaid.Period),
    };
  },
});

/** The difference for the rest of the term, counted in started months. */
export const inquiryPriceResetVpnGatewayInternetMaxBandwidth = tencentAction({
  mutates: false,
  rateLimit: 100,
  schema: z.strictObject({ VpnGatewayId: z.string(), InternetMaxBandwidthOut: bandwidth }),
  run(p, { region, now, tc }) {
    const gw = prepaidGateway(tc, region, p.VpnGatewayId, now);
    const months = Math.ceil(((gw.expiresAt ?? now) - now) / MONTH_MS);
    const difference = monthly(p.InternetMaxBandwidthOut) - monthly(gw.InternetMaxBandwidthOut);
    return { Price: prepaidPrice(Math.max(0, difference) * months) };
  },
});
