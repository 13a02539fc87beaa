import { text } from "./driver";

/**
 * The lock key of the VPN gateway a step changes: one operation at a time per gateway (Tencent
 * `MutexOperationTaskRunning`, Alibaba `VpnGateway.Configuring` otherwise). The executor holds
 * it from before the call until the step settles.
 */

export const tencentGatewayLock = (params: { VpnGatewayId?: unknown }) => {
  const gatewayId = text(params.VpnGatewayId);
  return gatewayId ? `tencent:${gatewayId}` : undefined;
};

export const alibabaGatewayLock = (params: { RegionId?: unknown; VpnGatewayId?: unknown }) => {
  const gatewayId = text(params.VpnGatewayId);
  const regionId = text(params.RegionId);
  return gatewayId && regionId ? `alibaba:${regionId}:${gatewayId}` : undefined;
};

/**
 * The gateway a plan step added to a request that names only its tunnel (an Alibaba delete or
 * change of a connection): for the lock and the wait, never sent.
 */
export const addedGatewayId = (params: { RegionId: string; VpnGatewayId?: unknown }) =>
  text(params.VpnGatewayId);
