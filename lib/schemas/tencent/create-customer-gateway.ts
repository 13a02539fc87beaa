import { z } from "zod";
import { ipv4, maxChars } from "../common";
import { requestIdSchema, tencentCustomerGatewaySchema, tencentTagsSchema } from "./shared";

/** Tencent VPC 2017-03-12 CreateCustomerGateway (cloud-api.md §2.6). */

export const TENCENT_RESERVED_BGP_ASNS = [139341, 45090, 58835] as const;

export const createCustomerGatewayRequestSchema = z.object({
  CustomerGatewayName: maxChars("CustomerGatewayName", 60),
  IpAddress: ipv4("IpAddress"),
  Tags: tencentTagsSchema.optional(),
  BgpAsn: z
    .number({ error: "BgpAsn must be a whole number" })
    .int("BgpAsn must be a whole number")
    .min(1, "BgpAsn must be between 1 and 4294967295")
    .max(4294967295, "BgpAsn must be between 1 and 4294967295")
    .refine(
      (asn) => !(TENCENT_RESERVED_BGP_ASNS as readonly number[]).includes(asn),
      `BgpAsn must not be one of the reserved values ${TENCENT_RESERVED_BGP_ASNS.join(", ")}`,
    )
    .optional(),
});

export type CreateCustomerGatewayRequest = z.input<typeof createCustomerGatewayRequestSchema>;

export const createCustomerGatewayResponseSchema = z.object({
  CustomerGateway: tencentCustomerGatewaySchema,
  RequestId: requestIdSchema,
});
