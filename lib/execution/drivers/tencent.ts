import "server-only";
import {
  createTencentCustomerGateway,
  createTencentVpnConnection,
  createTencentVpnGateway,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
  type TencentActionOptions,
} from "@/lib/cloud/tencent";
import type { RequestOf } from "@/lib/design/catalogue";
import type { CloudPage, CloudVpnConnection } from "@/lib/cloud/shapes";
import {
  createdResource,
  text,
  type DriverContext,
  type DriverOf,
  type ResourceProbe,
} from "./driver";
import { activeAtOnce, vpnGatewayProbe } from "./probes";
import { call, taskFailed } from "./tencent-calls";

/** Tencent creates carry no idempotency token: after an ambiguous failure, `lookup` runs first. */

type Filter = { Name: string; Values: string[] };

/**
 * The first item a Describe call lists for these Filters (a value left undefined is no filter)
 * that also matches exactly (Tencent's name filters are not exact): how a resource an ambiguous
 * create may have made is found again.
 */
async function findFiltered<Item>(
  ctx: DriverContext,
  describe: (options: TencentActionOptions<{ Filters: Filter[] }>) => Promise<CloudPage<Item>>,
  values: Record<string, string | undefined>,
  matches: (item: Item) => boolean,
): Promise<Item | undefined> {
  const Filters = Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [{ Name: name, Values: [value] }],
  );
  return (await describe({ ...call(ctx), request: { Filters } })).items.find(matches);
}

const adopted = (id: string, state: { cloudState: string | undefined; complete: boolean }) =>
  createdResource(id, { adopted: true }, state);

export const tencentVpnGateway: DriverOf<"tencent", "CreateVpnGateway"> = {
  async create(ctx, params) {
    const { gateway, requestId } = await createTencentVpnGateway({ ...call(ctx), request: params });
    return createdResource(
      gateway.id,
      { requestId },
      { cloudState: gateway.rawState, complete: false },
    );
  },
  async lookup(ctx, params) {
    const name = text(params.VpnGatewayName);
    if (!name) return null;
    const found = await findFiltered(
      ctx,
      describeTencentVpnGateways,
      { "vpn-gateway-name": name, "vpc-id": text(params.VpcId) },
      (gateway) => gateway.name === name,
    );
    return found ? adopted(found.id, { cloudState: found.rawState, complete: false }) : null;
  },
  async probe(ctx, current) {
    const page = await describeTencentVpnGateways({
      ...call(ctx),
      request: { VpnGatewayIds: [current.resourceId!] },
    });
    return vpnGatewayProbe(page.items[0]);
  },
};

export const tencentCustomerGateway: DriverOf<"tencent", "CreateCustomerGateway"> = {
  async create(ctx, params) {
    const { customerGateway, requestId } = await createTencentCustomerGateway({
      ...call(ctx),
      request: params,
    });
    return createdResource(
      customerGateway.id,
      { requestId },
      { cloudState: "AVAILABLE", complete: true },
    );
  },
  async lookup(ctx, params) {
    const name = text(params.CustomerGatewayName);
    const ip = text(params.IpAddress);
    if (!name || !ip) return null;
    const found = await findFiltered(
      ctx,
      describeTencentCustomerGateways,
      { "customer-gateway-name": name, "ip-address": ip },
      (gateway) => gateway.name === name && gateway.ipAddress === ip,
    );
    return found ? adopted(found.id, { cloudState: "AVAILABLE", complete: true }) : null;
  },
  probe: activeAtOnce("AVAILABLE"),
};

/** A tunnel after a create or a change: settled once AVAILABLE. */
export function connectionProbe(connection: CloudVpnConnection | undefined): ResourceProbe {
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
  return findFiltered(
    ctx,
    describeTencentVpnConnections,
    { "vpn-gateway-id": gatewayId, "vpn-connection-name": name },
    (connection) => connection.name === name && Boolean(connection.id),
  );
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
    return found?.id ? adopted(found.id, { cloudState: found.rawState, complete: false }) : null;
  },
  async probe(ctx, current, params) {
    let id = current.resourceId ?? undefined;
    if (!id && current.outputs.taskId) {
      const task = await describeTencentVpcTaskResult({
        ...call(ctx),
        request: { TaskId: current.outputs.taskId },
      });
      if (task.status === "running") return { status: "pending", cloudState: "RUNNING" };
      if (task.status === "failed") return taskFailed(task, "creation");
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
