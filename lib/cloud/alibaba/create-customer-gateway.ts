import "server-only";
import type { CreateCustomerGatewayRequest } from "@/lib/schemas/alibaba/create-customer-gateway";
import type { CloudCustomerGateway } from "../shapes";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaTime } from "./reshape";

/** Creates a customer gateway; retried safely with one ClientToken. */
export async function createAlibabaCustomerGateway(
  options: AlibabaActionOptions<CreateCustomerGatewayRequest>,
): Promise<{
  customerGateway: CloudCustomerGateway;
  clientToken: string | undefined;
  requestId: string;
}> {
  const { data, clientToken } = await callAlibaba({
    ...options,
    action: "CreateCustomerGateway",
  });
  return {
    customerGateway: {
      provider: "alibaba",
      id: data.CustomerGatewayId,
      name: data.Name,
      ipAddress: data.IpAddress,
      createdAt: reshapeAlibabaTime(data.CreateTime),
    },
    clientToken,
    requestId: data.RequestId,
  };
}
