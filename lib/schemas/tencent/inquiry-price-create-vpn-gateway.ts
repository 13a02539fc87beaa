import { z } from "zod";
import { intOneOf, oneOf } from "../common";
import { gatewayBillingFields, TENCENT_SSL_MAX_CONNECTIONS } from "./create-vpn-gateway";
import { requestIdSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 InquiryPriceCreateVpnGateway (cloud-api-lifecycle.md §1.10): what a new
 * gateway would cost, read-only. The answer names no currency: it follows the account's site.
 */

export const inquiryPriceCreateVpnGatewayRequestSchema = z.object({
  ...gatewayBillingFields,
  MaxConnection: intOneOf("MaxConnection", TENCENT_SSL_MAX_CONNECTIONS).optional(),
  Type: oneOf("Type", ["IPSEC", "SSL"]).optional(),
});

export type InquiryPriceCreateVpnGatewayRequest = z.input<
  typeof inquiryPriceCreateVpnGatewayRequestSchema
>;

/** One part of a price: pay-as-you-go as a unit price, subscription as list and discounted. */
const itemPriceSchema = z.object({
  UnitPrice: z.number().nullable().optional(),
  /** HOUR or GB for pay-as-you-go; "none" (or absent) for a subscription. */
  ChargeUnit: z.string().nullable().optional(),
  OriginalPrice: z.number().nullable().optional(),
  DiscountPrice: z.number().nullable().optional(),
});

export const inquiryPriceCreateVpnGatewayResponseSchema = z.object({
  Price: z.object({
    InstancePrice: itemPriceSchema.nullable().optional(),
    BandwidthPrice: itemPriceSchema.nullable().optional(),
  }),
  RequestId: requestIdSchema,
});
