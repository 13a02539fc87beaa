import "server-only";
import type { CreateVpnGatewayRequest } from "@/lib/schemas/alibaba/create-vpn-gateway";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";

/**
 * Creates a VPN gateway (asynchronous: poll describeAlibabaVpnGateway until active). Retried
 * safely with one ClientToken; pass your own to make retries across process restarts safe too.
 */
export async function createAlibabaVpnGateway(
  options: AlibabaActionOptions<CreateVpnGatewayRequest>,
): Promise<{
  gatewayId: string;
  name?: string | undefined;
  orderId?: number | undefined;
  clientToken: string | undefined;
  requestId: string;
}> {
  const { data, clientToken } = await callAlibaba({
    ...options,
    action: "CreateVpnGateway",
  });
  return {
    gatewayId: data.VpnGatewayId,
    name: data.Name,
    orderId: data.OrderId,
    clientToken,
    requestId: data.RequestId,
  };
}
