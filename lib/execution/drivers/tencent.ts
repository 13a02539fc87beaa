import "server-only";
import {
  createTencentCustomerGateway,
  createTencentVpnConnection,
  createTencentVpnGateway,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
} from "@/lib/cloud/tencent";
import type { RequestOf } from "@/lib/design/catalogue";
import type { CloudVpnConnection, CloudVpnGateway } from "@/lib/cloud/shapes";
import {
  text,
  type CreatedResource,
  type DriverContext,
  type ResourceProbe,
  type DriverOf,
} from "./driver";

/** Tencent creates carry no idempotency token: after an ambiguous failure, `lookup` runs first. */

const call = (ctx: DriverContext) => ({
  client: ctx.client,
  account: ctx.step.account,
  region: ctx.step.region,
  signal: ctx.signal,
});

function gatewayProbe(gateway: CloudVpnGateway | undefined): ResourceProbe {
  if (!gateway) {
    return {
      status: "failed",
      error: { code: "Portal.ResourceVanished", message: "The VPN gateway is no longer listed." },
    };
  }
  const publicIp = gateway.publicIps[0];
  if (gateway.state === "failed") {
    return {
      status: "failed",
      cloudState: gateway.rawState,
      error: { code: "Cloud.ProvisioningFailed", message: `Gateway state ${gateway.rawState}.` },
    };
  }
  if (gateway.state === "available" && publicIp) {
    return {
      status: "active",
      cloudState: gateway.rawState,
      outputs: { id: gateway.id, publicIp },
    };
  }
  return { status: "pending", cloudState: gateway.rawState };
}

function adopted(id: string, cloudState: string | undefined, complete: boolean): CreatedResource {
  return { resourceId: id, outputs: { id, adopted: true }, cloudState, complete };
}

export const tencentVpnGateway: DriverOf<"tencent", "CreateVpnGateway"> = {
  async create(ctx, params) {
    const { gateway, requestId } = await createTencentVpnGateway({
      ...call(ctx),
      request: params,
    });
    return {
      resourceId: gateway.id,
      outputs: { id: gateway.id, requestId },
      cloudState: gateway.rawState,
      complete: false,
    };
  },
  async lookup(ctx, params) {
    const name = text(params.VpnGatewayName);
    const vpcId = text(params.VpcId);
    if (!name) return null;
    const page = await describeTencentVpnGateways({
      ...call(ctx),
      request: {
        Filters: [
          { Name: "vpn-gateway-name", Values: [name] },
          ...(vpcId ? [{ Name: "vpc-id", Values: [vpcId] }] : []),
        ],
      },
    });
    const found = page.items.find((gateway) => gateway.name === name);
    return found ? adopted(found.id, found.rawState, false) : null;
  },
  async probe(ctx, current) {
    const page = await describeTencentVpnGateways({
      ...call(ctx),
      request: { VpnGatewayIds: [current.resourceId!] },
    });
    return gatewayProbe(page.items[0]);
  },
};

export const tencentCustomerGateway: DriverOf<"tencent", "CreateCustomerGateway"> = {
  async create(ctx, params) {
    const { customerGateway, requestId } = await createTencentCustomerGateway({
      ...call(ctx),
      request: params,
    });
    return {
      resourceId: customerGateway.id,
      outputs: { id: customerGateway.id, requestId },
      cloudState: "AVAILABLE",
      complete: true,
    };
  },
  async lookup(ctx, params) {
    const name = text(params.CustomerGatewayName);
    const ip = text(params.IpAddress);
    if (!name || !ip) return null;
    const page = await describeTencentCustomerGateways({
      ...call(ctx),
      request: {
        Filters: [
          { Name: "customer-gateway-name", Values: [name] },
          { Name: "ip-address", Values: [ip] },
        ],
      },
    });
    const found = page.items.find((gateway) => gateway.name === name && gateway.ipAddress === ip);
    return found ? adopted(found.id, "AVAILABLE", true) : null;
  },
  probe: async (_ctx, current) => ({
    status: "active",
    cloudState: "AVAILABLE",
    outputs: { id: current.resourceId! },
  }),
};

function connectionProbe(connection: CloudVpnConnection | undefined): ResourceProbe {
  if (!connection?.id) return { status: "pending", cloudState: connection?.rawState };
  if (connection.state === "failed") {
    return {
      status: "failed",
      cloudState: connection.rawState,
      error: { code: "Cloud.ProvisioningFailed", message: `Tunnel state ${connection.rawState}.` },
    };
  }
  return {
    status: connection.state === "available" ? "active" : "pending",
    cloudState: connection.rawState,
    resourceId: connection.id,
    outputs: { id: connection.id },
  };
}

async function findConnection(
  ctx: DriverContext,
  params: RequestOf<"tencent", "CreateVpnConnection">,
) {
  const gatewayId = text(params.VpnGatewayId);
  const name = text(params.VpnConnectionName);
  if (!gatewayId || !name) return undefined;
  const page = await describeTencentVpnConnections({
    ...call(ctx),
    request: {
      Filters: [
        { Name: "vpn-gateway-id", Values: [gatewayId] },
        { Name: "vpn-connection-name", Values: [name] },
      ],
    },
  });
  return page.items.find((connection) => connection.name === name && connection.id);
}

/**
 * The tunnel create is asynchronous: the answer may carry no id yet. The executor follows the
 * task (`DescribeVpcTaskResult`, TaskId = the create's RequestId) until SUCCESS, then the tunnel.
 */
export const tencentVpnConnection: DriverOf<"tencent", "CreateVpnConnection"> = {
  async create(ctx, params) {
    const { connection, taskId, requestId } = await createTencentVpnConnection({
      ...call(ctx),
      request: params,
    });
    return {
      resourceId: connection.id,
      outputs: { ...(connection.id ? { id: connection.id } : {}), taskId, requestId },
      cloudState: connection.rawState,
      complete: false,
    };
  },
  async lookup(ctx, params) {
    const found = await findConnection(ctx, params);
    return found?.id ? adopted(found.id, found.rawState, false) : null;
  },
  async probe(ctx, current, params) {
    let id = current.resourceId ?? undefined;
    if (!id && current.outputs.taskId) {
      const task = await describeTencentVpcTaskResult({
        ...call(ctx),
        request: { TaskId: current.outputs.taskId },
      });
      if (task.status === "running") return { status: "pending", cloudState: "RUNNING" };
      if (task.status === "failed") {
        return {
          status: "failed",
          cloudState: "FAILED",
          error: {
            code: "Cloud.TaskFailed",
            message: task.output ?? "The tunnel's creation task failed.",
            requestId: task.requestId,
          },
        };
      }
      id = task.resources.find((resource) => resource.id)?.id;
    }
    if (!id) return connectionProbe(await findConnection(ctx, params));
    const page = await describeTencentVpnConnections({
      ...call(ctx),
      request: { VpnConnectionIds: [id] },
    });
    return connectionProbe(page.items[0]);
  },
};
