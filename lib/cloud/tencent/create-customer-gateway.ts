import "server-only";
import {
  createCustomerGatewayRequestSchema,
  createCustomerGatewayResponseSchema,
  type CreateCustomerGatewayRequest,
} from "@/lib/schemas/tencent/create-customer-gateway";
import type { CloudCustomerGateway } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentCustomerGateway } from "./reshape";

/** Creates a customer gateway (synchronous). Never retried. */
export async function createTencentCustomerGateway(
  options: TencentActionOptions<CreateCustomerGatewayRequest>,
): Promise<{ customerGateway: CloudCustomerGateway; requestId: string }> {
  const data = await callTencent({
    ...options,
    action: "CreateCustomerGateway",
    requestSchema: createCustomerGatewayRequestSchema,
    responseSchema: createCustomerGatewayResponseSchema,
    idempotent: false,
  });
  return {
    customerGateway: reshapeTencentCustomerGateway(data.CustomerGateway),
    requestId: data.RequestId,
  };
}
