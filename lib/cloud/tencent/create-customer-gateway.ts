import "server-only";
import type { CreateCustomerGatewayRequest } from "@/lib/schemas/tencent/create-customer-gateway";
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
  });
  return {
    customerGateway: reshapeTencentCustomerGateway(data.CustomerGateway),
    requestId: data.RequestId,
  };
}
