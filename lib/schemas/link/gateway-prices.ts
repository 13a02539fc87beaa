import { z } from "zod";

/**
 * GET /api/links/{id}/prices: what each gateway a link's plan creates would cost, as the cloud
 * answered just now. The figures carry no currency (the clouds' answers name none).
 */

const priceItemSchema = z.object({
  unitPrice: z.number().optional(),
  /** HOUR or GB for pay-as-you-go; "none" for a subscription's whole term. */
  chargeUnit: z.string().optional(),
  originalPrice: z.number().optional(),
  discountPrice: z.number().optional(),
});

const placeShape = { stepId: z.string(), account: z.string(), region: z.string() };

export const gatewayPriceSchema = z.discriminatedUnion("provider", [
  z.object({
    ...placeShape,
    provider: z.literal("tencent"),
    /** From the account's configured site (China: CNY, International: USD); absent when unset. */
    currency: z.enum(["CNY", "USD"]).optional(),
    price: z.object({
      instance: priceItemSchema.optional(),
      bandwidth: priceItemSchema.optional(),
      requestId: z.string(),
    }),
  }),
  /** Alibaba's VPC API has no price inquiry for VPN gateways. */
  z.object({ ...placeShape, provider: z.literal("alibaba"), noPriceApi: z.literal(true) }),
]);

export type GatewayPrice = z.infer<typeof gatewayPriceSchema>;

export const gatewayPricesResponseSchema = z.object({ prices: z.array(gatewayPriceSchema) });

export type GatewayPricesResponse = z.infer<typeof gatewayPricesResponseSchema>;
