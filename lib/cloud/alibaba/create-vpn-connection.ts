import "server-only";
import type { CreateVpnConnectionRequest } from "@/lib/schemas/alibaba/create-vpn-connection";
import { callAlibaba, type AlibabaActionOptions } from "./call-alibaba";
import { reshapeAlibabaTime } from "./reshape";

/** These parameters travel as JSON strings (cloud-api.md §3.4). */
const JSON_PARAMS = ["IkeConfig", "IpsecConfig", "HealthCheckConfig", "BgpConfig"] as const;

export function toAlibabaConnectionParams(
  params: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...params };
  for (const key of JSON_PARAMS) {
    if (out[key] !== undefined) out[key] = JSON.stringify(out[key]);
  }
  return out;
}

/** Creates an IPsec connection (gateway goes `updating` → `active`); retried safely with one ClientToken. */
export async function createAlibabaVpnConnection(
  options: AlibabaActionOptions<CreateVpnConnectionRequest>,
): Promise<{
  connectionId: string;
  name?: string | undefined;
  createdAt?: string | undefined;
  clientToken: string | undefined;
  requestId: string;
}> {
  const { data, clientToken } = await callAlibaba({
    ...options,
    action: "CreateVpnConnection",
    toParams: toAlibabaConnectionParams,
  });
  return {
    connectionId: data.VpnConnectionId,
    name: data.Name,
    createdAt: reshapeAlibabaTime(data.CreateTime),
    clientToken,
    requestId: data.RequestId,
  };
}
