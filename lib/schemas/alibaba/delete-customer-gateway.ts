import type { z } from "zod";
import { alibabaDeleteRequestSchema, alibabaRequestIdResponseSchema } from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteCustomerGateway (cloud-api-lifecycle.md §2.2). Synchronous; refused
 * while an IPsec connection still uses the customer gateway.
 */

export const deleteCustomerGatewayRequestSchema = alibabaDeleteRequestSchema(
  "CustomerGatewayId",
  "cgw",
);

export type DeleteCustomerGatewayRequest = z.input<typeof deleteCustomerGatewayRequestSchema>;

export const deleteCustomerGatewayResponseSchema = alibabaRequestIdResponseSchema;
