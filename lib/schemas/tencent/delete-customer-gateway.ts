import { z } from "zod";
import { idWithPrefix } from "../common";
import { tencentRequestIdResponseSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteCustomerGateway (cloud-api-lifecycle.md §1.2). Synchronous; refused
 * with ResourceInUse while a tunnel still uses the customer gateway.
 */

export const deleteCustomerGatewayRequestSchema = z.object({
  CustomerGatewayId: idWithPrefix("CustomerGatewayId", "cgw"),
});

export type DeleteCustomerGatewayRequest = z.input<typeof deleteCustomerGatewayRequestSchema>;

export const deleteCustomerGatewayResponseSchema = tencentRequestIdResponseSchema;
