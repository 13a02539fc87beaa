import "server-only";
import {
  deleteTencentCustomerGateway,
  deleteTencentVpnConnection,
  deleteTencentVpnGateway,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
} from "@/lib/cloud/tencent";
import type { RequestOf } from "@/lib/design/catalogue";
import { type DriverContext, type DriverOf, type ResourceProbe } from "./driver";
import { alreadyGone, gone, keptInUse, listedOrGone, sendDelete, stillThere } from "./deletes";
import { tencentGatewayLock } from "./gateway-locks";
import { call, taskFailed } from "./tencent-calls";

/**
 * Tencent deletes carry no token, so a delete is never resent blindly: after an ambiguous failure
 * (or a crash mid-call) `lookup` looks first — gone → done; being deleted → wait; still there →
 * the executor sends the delete again. A second delete of a gone resource answers "already gone".
 */

/** What a look after an uncertain delete found: gone, on its way out, or still there (null). */
function seen(id: string, item: { state: string; rawState?: string | undefined } | undefined) {
  if (!item) return alreadyGone(id);
  if (item.state !== "deleting") return null;
  return { resourceId: id, outputs: { deleted: true }, cloudState: item.rawState, complete: false };
}

const gatewayOf = (ctx: DriverContext, id: string) =>
  listedOrGone("tencent", "DescribeVpnGateways", () =>
    describeTencentVpnGateways({ ...call(ctx), request: { VpnGatewayIds: [id] } }),
  );

export const tencentDeleteVpnGateway: DriverOf<"tencent", "DeleteVpnGateway"> = {
  lockKey: tencentGatewayLock,
  create: (ctx, params) =>
    sendDelete(params.VpnGatewayId, "tencent", "DeleteVpnGateway", async () => {
      const { requestId } = await deleteTencentVpnGateway({ ...call(ctx), request: params });
      return { requestId };
    }),
  lookup: async (ctx, params) =>
    seen(params.VpnGatewayId, await gatewayOf(ctx, params.VpnGatewayId)),
  async probe(ctx, _current, params) {
    const gateway = await gatewayOf(ctx, params.VpnGatewayId);
    if (!gateway) return gone;
    if (gateway.state === "failed") {
      return {
        status: "failed",
        cloudState: gateway.rawState,
        error: { code: "Cloud.DeleteFailed", message: `Gateway state ${gateway.rawState}.` },
      };
    }
    return stillThere(gateway.rawState);
  },
};

const customerGatewayOf = (ctx: DriverContext, id: string) =>
  listedOrGone("tencent", "DescribeCustomerGateways", () =>
    describeTencentCustomerGateways({ ...call(ctx), request: { CustomerGatewayIds: [id] } }),
  );

/** Whether a tunnel (the link's own are deleted before) still uses the customer gateway. */
const customerGatewayInUse = async (ctx: DriverContext, id: string) =>
  (
    await describeTencentVpnConnections({
      ...call(ctx),
      request: { Filters: [{ Name: "customer-gateway-id", Values: [id] }] },
    })
  ).items.length > 0;

export const tencentDeleteCustomerGateway: DriverOf<"tencent", "DeleteCustomerGateway"> = {
  create: async (ctx, params) =>
    (await customerGatewayInUse(ctx, params.CustomerGatewayId))
      ? keptInUse(params.CustomerGatewayId)
      : sendDelete(params.CustomerGatewayId, "tencent", "DeleteCustomerGateway", async () => {
          const { requestId } = await deleteTencentCustomerGateway({
            ...call(ctx),
            request: params,
          });
          return { requestId };
        }),
  // Synchronous: listed means not deleted (a customer gateway has no deleting state).
  lookup: async (ctx, params) =>
    (await customerGatewayOf(ctx, params.CustomerGatewayId))
      ? null
      : alreadyGone(params.CustomerGatewayId),
  probe: async (ctx, _current, params) =>
    (await customerGatewayOf(ctx, params.CustomerGatewayId)) ? stillThere("AVAILABLE") : gone,
};

const connectionOf = (ctx: DriverContext, params: RequestOf<"tencent", "DeleteVpnConnection">) =>
  listedOrGone("tencent", "DescribeVpnConnections", () =>
    describeTencentVpnConnections({
      ...call(ctx),
      request: { VpnConnectionIds: [params.VpnConnectionId] },
    }),
  );

/** The delete task (TaskId = the delete's RequestId) until it ends, then the tunnel's listing. */
export const tencentDeleteVpnConnection: DriverOf<"tencent", "DeleteVpnConnection"> = {
  lockKey: tencentGatewayLock,
  create: (ctx, params) =>
    sendDelete(params.VpnConnectionId, "tencent", "DeleteVpnConnection", async () => {
      const { taskId, requestId } = await deleteTencentVpnConnection({
        ...call(ctx),
        request: params,
      });
      return { taskId, requestId };
    }),
  lookup: async (ctx, params) => seen(params.VpnConnectionId, await connectionOf(ctx, params)),
  async probe(ctx, current, params): Promise<ResourceProbe> {
    const taskId = current.outputs.taskId;
    if (taskId) {
      const task = await describeTencentVpcTaskResult({
        ...call(ctx),
        request: { TaskId: taskId },
      });
      if (task.status === "running") return stillThere("RUNNING");
      if (task.status === "failed") return taskFailed(task, "deletion");
    }
    const connection = await connectionOf(ctx, params);
    return connection ? stillThere(connection.rawState) : gone;
  },
};
