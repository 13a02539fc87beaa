import "server-only";
import type { CreateVpnConnectionRequest } from "@/lib/schemas/tencent/create-vpn-connection";
import type { CloudVpnConnection } from "../shapes";
import { callTencent, type TencentActionOptions } from "./call-tencent";
import { reshapeTencentVpnConnection } from "./reshape";

/**
 * Creates a tunnel. Asynchronous: the answer may be PENDING without an id. Poll
 * describeTencentVpcTaskResult with `taskId` (= the RequestId), then find the tunnel with
 * describeTencentVpnConnections (filters vpn-gateway-id + vpn-connection-name). Never retried.
 */
export async function createTencentVpnConnection(
  options: TencentActionOptions<CreateVpnConnectionRequest>,
): Promise<{ connection: CloudVpnConnection; taskId: string; requestId: string }> {
  const data = await callTencent({
    ...options,
    action: "CreateVpnConnection",
  });
  return {
    connection: reshapeTencentVpnConnection(data.VpnConnection),
    taskId: data.RequestId,
    requestId: data.RequestId,
  };
}
