// The route actions of lib/cloud against the real cloud simulator (sim/tencent/route-tables.ts,
// gateway-routes.ts): create, list back, duplicate, delete, delete again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callableAction } from "@/lib/design/catalogue";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { simulatorClient } from "@/test/kit/simulator-client";
import { createCloudAccounts } from "../accounts";
import { createCloudClient } from "../client";
import { CloudError } from "../errors";
import { sendJson, startTestServer, type TestServer } from "../transport/test-server";
import {
  createTencentRoutes,
  createTencentVpnGatewayRoutes,
  deleteTencentRoutes,
  deleteTencentVpnGatewayRoutes,
  describeTencentVpnGatewayRoutes,
} from "./route-actions";
import { listTencentRouteTables } from "./route-tables";

/** The seeded finance VPC: its gateway already carries the route-based tunnel vpnx-fsiseed1. */
const region = "ap-shanghai-fsi";
const vpcId = "vpc-fsipay01";
const routeTableId = "rtb-fsipay01";
const gatewayId = "vpngw-fsiseed1";
const tunnelId = "vpnx-fsiseed1";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});

const call = () => ({ client: simulatorClient(sim.url, { retries: 0 }), region });

async function failureOf(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

describe("Tencent VPC route tables through lib/cloud", () => {
  it("lists the VPC's main table with the local routes the cloud keeps", async () => {
    const tables = await listTencentRouteTables({ ...call(), vpcId });
    expect(tables).toEqual([expect.objectContaining({ id: routeTableId, vpcId, isDefault: true })]);
    expect(tables[0]?.routes.map((r) => [r.destination, r.nextHopType, r.system])).toEqual([
      ["10.30.0.0/16", "local", true],
      ["10.31.0.0/20", "local", true],
    ]);
  });

  it("creates a route toward the VPN gateway, lists it, refuses it twice, deletes it once", async () => {
    const request = {
      RouteTableId: routeTableId,
      Routes: [
        {
          DestinationCidrBlock: "172.18.0.0/16",
          GatewayType: "VPN" as const,
          GatewayId: gatewayId,
          RouteDescription: "clearing house",
        },
      ],
    };
    const created = await createTencentRoutes({ ...call(), request });
    expect(created.routes).toEqual([
      expect.objectContaining({
        provider: "tencent",
        routeTableId,
        destination: "172.18.0.0/16",
        nextHopType: "vpnGateway",
        nextHopId: gatewayId,
        system: false,
        enabled: true,
        state: "available",
      }),
    ]);
    const route = created.routes[0];
    expect(route?.id).toMatch(/^rti-/);

    const listed = await listTencentRouteTables({ ...call(), vpcId });
    expect(listed[0]?.routes.find((r) => r.id === route?.id)).toEqual(route);

    // The answer the catalogue names as "already exists", so an executor can adopt the route.
    const duplicate = await failureOf(createTencentRoutes({ ...call(), request }));
    expect(duplicate.code).toBe("InvalidParameterValue.Duplicate");
    expect(callableAction("tencent", "CreateRoutes").alreadyExists).toContain(duplicate.code);

    const deleted = await deleteTencentRoutes({
      ...call(),
      request: { RouteTableId: routeTableId, Routes: [{ RouteItemId: route?.id ?? "" }] },
    });
    expect(deleted.routes.map((r) => r.id)).toEqual([route?.id]);
    const after = await listTencentRouteTables({ ...call(), vpcId });
    expect(after[0]?.routes.some((r) => r.id === route?.id)).toBe(false);

    const again = await failureOf(
      deleteTencentRoutes({
        ...call(),
        request: { RouteTableId: routeTableId, Routes: [{ RouteId: route?.numericId ?? 0 }] },
      }),
    );
    expect(again.code).toBe("ResourceNotFound");
  });

  it("refuses a bad request before sending it", async () => {
    const refused = await failureOf(
      deleteTencentRoutes({ ...call(), request: { RouteTableId: routeTableId, Routes: [{}] } }),
    );
    expect(refused.code).toBe("Transport.InvalidRequest");
    expect(refused.issues).toEqual([
      {
        path: "Routes.0.RouteId",
        message: "Routes.RouteId is required unless Routes.RouteItemId is given",
      },
    ]);
  });
});

describe("Tencent VPN-gateway routes through lib/cloud", () => {
  it("creates a destination route toward a tunnel, lists it, refuses it twice, deletes it once", async () => {
    const request = {
      VpnGatewayId: gatewayId,
      Routes: [
        {
          DestinationCidrBlock: "172.18.0.0/16",
          InstanceType: "VPNCONN" as const,
          InstanceId: tunnelId,
          Priority: 0,
          Status: "ENABLE" as const,
        },
      ],
    };
    const created = await createTencentVpnGatewayRoutes({ ...call(), request });
    const route = created.routes[0];
    expect(created.routes).toEqual([
      {
        provider: "tencent",
        id: expect.stringMatching(/^vpnr-/),
        gatewayId,
        destination: "172.18.0.0/16",
        nextHopId: tunnelId,
        preference: 0,
        enabled: true,
        rawState: "ENABLE",
      },
    ]);

    const listed = await describeTencentVpnGatewayRoutes({
      ...call(),
      request: { VpnGatewayId: gatewayId },
    });
    expect(listed.items).toEqual([route]);
    expect(listed.total).toBe(1);

    const duplicate = await failureOf(createTencentVpnGatewayRoutes({ ...call(), request }));
    expect(duplicate.code).toBe("InvalidParameterValue.VpnGatewayRouteDuplicate");
    expect(callableAction("tencent", "CreateVpnGatewayRoutes").alreadyExists).toContain(
      duplicate.code,
    );

    const remove = { VpnGatewayId: gatewayId, RouteIds: [route?.id ?? ""] };
    await deleteTencentVpnGatewayRoutes({ ...call(), request: remove });
    const after = await describeTencentVpnGatewayRoutes({
      ...call(),
      request: { VpnGatewayId: gatewayId },
    });
    expect(after.items).toEqual([]);
    const again = await failureOf(deleteTencentVpnGatewayRoutes({ ...call(), request: remove }));
    expect(again.code).toBe("ResourceNotFound");
  });
});

describe("listTencentRouteTables paging", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("follows every page until TotalCount", async () => {
    const all = ["rtb-aaaa0001", "rtb-aaaa0002", "rtb-aaaa0003"];
    server = await startTestServer((req, res) => {
      const { Offset, Limit } = JSON.parse(req.body) as { Offset: string; Limit: string };
      const page = all.slice(Number(Offset), Number(Offset) + Number(Limit));
      sendJson(res, 200, {
        Response: {
          RequestId: `req-${Offset}`,
          TotalCount: all.length,
          RouteTableSet: page.map((id) => ({ RouteTableId: id, VpcId: "vpc-1", Main: false })),
        },
      });
    });
    const client = createCloudClient({
      accounts: createCloudAccounts([
        { provider: "tencent", name: "default", credentials: { keyId: "AKID", secret: "s" } },
      ]),
      endpoints: { tencent: server.url },
      retries: 0,
    });
    const tables = await listTencentRouteTables({
      client,
      region: "ap-guangzhou",
      vpcId: "vpc-1",
      pageSize: 2,
    });
    expect(tables.map((t) => t.id)).toEqual(all);
    expect(server.received).toHaveLength(2);
  });
});
