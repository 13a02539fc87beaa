import { z } from "zod";
import {
  alibabaIdSchema,
  alibabaRegionIdSchema,
  alibabaRequestIdSchema,
  clientTokenSchema,
} from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteCustomerGateway (cloud-api-lifecycle.md §2.2). Synchronous; refused
 * while an IPsec connection still uses the customer gateway.
 * One ClientToken on every attempt makes a resend answer like the first call.
 */

export const deleteCustomerGatewayRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  CustomerGatewayId: alibabaIdSchema("CustomerGatewayId", "cgw"),
  ClientToken: clientTokenSchema.optional(),
});

export type DeleteCustomerGatewayRequest = z.input<typeof deleteCustomerGatewayRequestSchema>;

export const deleteCustomerGatewayResponseSchema = z.object({ RequestId: alibabaRequestIdSchema });
