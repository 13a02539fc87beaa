import { z } from "zod";
import { ipInCidr, ipv4 } from "../common";
import {
  alibabaCreateRequestSchema,
  alibabaRequestIdSchema,
  alibabaTagsSchema,
  alibabaText,
} from "./shared";
import { alibabaCustomerGatewaySchema } from "./describe-customer-gateways";

/** Alibaba VPC 2016-04-28 CreateCustomerGateway (cloud-api.md §4.3). */

export const ALIBABA_REJECTED_PEER_RANGES = [
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "224.0.0.0/4",
  "255.0.0.0/8",
] as const;

/** `1`–`4294967295` except 45104, or the two-segment `a.b` form (= a×65536+b). */
function asnValue(text: string): number | undefined {
  const plain = /^\d{1,10}$/.exec(text);
  if (plain) return Number(text);
  const dotted = /^(\d{1,5})\.(\d{1,5})$/.exec(text);
  if (!dotted) return undefined;
  const high = Number(dotted[1]);
  const low = Number(dotted[2]);
  return high <= 65535 && low <= 65535 ? high * 65536 + low : undefined;
}

/** What a requester designs for a new customer gateway (the peer). */
export const customerGatewayParamsSchema = z.object({
  IpAddress: ipv4("IpAddress").refine(
    (ip) => !ALIBABA_REJECTED_PEER_RANGES.some((range) => ipInCidr(ip, range)),
    `IpAddress must not be in a reserved range (${ALIBABA_REJECTED_PEER_RANGES.join(", ")})`,
  ),
  Name: alibabaText("Name").optional(),
  Description: alibabaText("Description").optional(),
  Asn: z
    .string({ error: 'Asn must be text, e.g. "65001"' })
    .refine((text) => {
      const value = asnValue(text);
      return value !== undefined && value >= 1 && value <= 4294967295 && value !== 45104;
    }, "Asn must be 1–4294967295 (or a.b), and not 45104")
    .optional(),
  AuthKey: z
    .string({ error: "AuthKey must be text" })
    .regex(
      /^[\x21-\x3e\x40-\x7e]{1,64}$/,
      "AuthKey must be 1–64 ASCII characters without spaces or ?",
    )
    .optional(),
  ResourceGroupId: z.string().min(1, "ResourceGroupId must not be empty").optional(),
  Tags: alibabaTagsSchema.optional(),
});

export const createCustomerGatewayRequestSchema = alibabaCreateRequestSchema(
  customerGatewayParamsSchema,
  {},
);

export type CustomerGatewayParams = z.input<typeof customerGatewayParamsSchema>;

export type CreateCustomerGatewayRequest = z.input<typeof createCustomerGatewayRequestSchema>;

/** The new customer gateway's own fields (its Asn would be a string here, so it is left out). */
export const createCustomerGatewayResponseSchema = alibabaCustomerGatewaySchema
  .pick({
    CustomerGatewayId: true,
    IpAddress: true,
    Name: true,
    Description: true,
    CreateTime: true,
  })
  .extend({ RequestId: alibabaRequestIdSchema });
