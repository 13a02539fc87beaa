import "server-only";
import type { CreateVpnGatewayRequest } from "@/lib/schemas/tencent/create-vpn-gateway";
import type { CloudVpnGateway } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpnGateway } from "./reshape";

/** Creates a VPN gateway (asynchronous: poll describeTencentVpnGateways until available). Never retried. */
export async function createTencentVpnGateway(
  options: TencentActionOptions<CreateVpnGatewayRequest>,
): Promise<{ gateway: CloudVpnGateway; requestId: string }> {
  const data = await callTencent({
    ...options,
    action: "CreateVpnGateway",
  });
  return { gateway: reshapeTencentVpnGateway(data.VpnGateway), requestId: data.RequestId };
}
