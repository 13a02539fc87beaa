import "server-only";
import type { DeleteVpnConnectionRequest } from "@/lib/schemas/tencent/delete-vpn-connection";
import { callTencent, type TencentActionOptions } from "./call-tencent";

/** Deletes a tunnel (asynchronous: poll describeTencentVpcTaskResult with `taskId`). Not retried. */
export async function deleteTencentVpnConnection(
  options: TencentActionOptions<DeleteVpnConnectionRequest>,
): Promise<{ taskId: string; requestId: string }> {
  const data = await callTencent({
    ...options,
    action: "DeleteVpnConnection",
  });
  return { taskId: data.RequestId, requestId: data.RequestId };
}
