import "server-only";
import { modifyAlibabaVpnConnection } from "@/lib/cloud/alibaba";
import { describeTencentVpnConnections, modifyTencentVpnConnection } from "@/lib/cloud/tencent";
import type { CreatedResource, DriverOf } from "./driver";
import { sendWithToken } from "./alibaba-calls";
import { alibabaConnectionProbe } from "./alibaba";
import { addedGatewayId, alibabaGatewayLock, tencentGatewayLock } from "./gateway-locks";
import { connectionProbe } from "./tencent";
import { call } from "./tencent-calls";

/**
 * Change steps of a live tunnel (ModifyVpnConnectionAttribute). The request names the tunnel only;
 * the change plan adds its gateway (`VpnGatewayId`) for the gateway's lock and the wait, and the
 * request schema leaves it out of the call. The step's resource is the tunnel it changes.
 */

const changeSent = (connectionId: string, requestId: string): CreatedResource => ({
  resourceId: connectionId,
  outputs: { id: connectionId, requestId },
  complete: false,
});

/** No token: sending the same values again sets the same values (idempotency `repeatable`). */
export const tencentModifyVpnConnection: DriverOf<"tencent", "ModifyVpnConnectionAttribute"> = {
  lockKey: (params: { VpnConnectionId: string; VpnGatewayId?: unknown }) =>
    tencentGatewayLock(params),
  async create(ctx, params) {
    const { requestId } = await modifyTencentVpnConnection({ ...call(ctx), request: params });
    return changeSent(params.VpnConnectionId, requestId);
  },
  async probe(ctx, _current, params) {
    const page = await describeTencentVpnConnections({
      ...call(ctx),
      request: { VpnConnectionIds: [params.VpnConnectionId] },
    });
    return connectionProbe(page.items[0]);
  },
};

/** One ClientToken on every attempt; the gateway is `updating` until the change is done. */
export const alibabaModifyVpnConnection: DriverOf<"alibaba", "ModifyVpnConnectionAttribute"> = {
  lockKey: alibabaGatewayLock,
  async create(ctx, params, token) {
    const { requestId } = await sendWithToken(ctx, token, modifyAlibabaVpnConnection, params);
    return changeSent(params.VpnConnectionId, requestId);
  },
  probe: (ctx, _current, params) =>
    alibabaConnectionProbe(ctx, params.VpnConnectionId, addedGatewayId(params)),
};
