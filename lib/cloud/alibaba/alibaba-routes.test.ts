// The route actions of lib/cloud against the real cloud simulator (sim/alibaba/route-tables.ts,
// vpn-routes.ts): create, list back, duplicate, delete, delete again — each change asynchronous.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { pollUntil } from "@/test/kit";
import { simulatorClient } from "@/test/kit/simulator-client";
import { CloudError } from "../errors";
import {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  describeAlibabaVpnGateway,
} from "./actions";
import {
  createAlibabaRouteEntry,
  createAlibabaVpnRouteEntry,
  deleteAlibabaRouteEntry,
  deleteAlibabaVpnRouteEntry,
  describeAlibabaVpnRouteEntries,
} from "./route-actions";
import { listAlibabaRouteTables } from "./route-tables";

/** The seeded Hangzhou VPC (vSwitches 192.168.1.0/24 and 192.168.2.0/24) and its active gateway. */
const RegionId = "cn-hangzhou";
const vpcId = "vpc-hzprod0001";
const routeTableId = "vtb-hzprod0001";
const gatewayId = "vpn-hzseed0001";

const FAST = { alibabaGatewayInitMs: 50, alibabaGatewayMs: 100, alibabaConfiguringMs: 100 };

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timings: FAST });
});
afterAll(async () => {
  await sim.close();
});

const client = () => simulatorClient(sim.url, { retries: 0 });

async function failureOf(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

const tables = (entriesPerPage?: number) =>
  listAlibabaRouteTables({ client: client(), regionId: RegionId, vpcId, entriesPerPage });

const entry = async (id: string) => (await tables())[0]?.routes.find((r) => r.id === id);

const gatewayActive = () =>
  pollUntil(
    () =>
      describeAlibabaVpnGateway({
        client: client(),
        request: { RegionId, VpnGatewayId: gatewayId },
      }),
    ({ gateway }) => gateway.state === "available",
    { reason: "the gateway back to active", timeoutMs: 5_000 },
  );

describe("Alibaba VPC route tables through lib/cloud", () => {
  it("lists the VPC's system table with its system entries, every page followed", async () => {
    const [table, ...others] = await tables(1);
    expect(others).toEqual([]);
    expect(table).toMatchObject({ id: routeTableId, vpcId, isDefault: true });
    expect(table?.routes.map((r) => [r.destination, r.nextHopType, r.system])).toEqual([
      ["192.168.1.0/24", "local", true],
      ["192.168.2.0/24", "local", true],
      ["100.64.0.0/10", "other", true],
    ]);
  });

  it("creates an entry toward the VPN gateway, lists it, refuses it twice, deletes it once", async () => {
    const request = {
      RegionId,
      RouteTableId: routeTableId,
      DestinationCidrBlock: "172.16.0.0/16",
      NextHopType: "VpnGateway" as const,
      NextHopId: gatewayId,
      RouteEntryName: "to-branch",
      ClientToken: "route-entry-token-1",
    };
    const created = await createAlibabaRouteEntry({ client: client(), request });
    expect(created.routeEntryId).toMatch(/^rte-/);
    // The same ClientToken again is the same call: the same entry, not a refusal.
    const resent = await createAlibabaRouteEntry({ client: client(), request });
    expect(resent.routeEntryId).toBe(created.routeEntryId);

    const listed = await pollUntil(
      () => entry(created.routeEntryId),
      (route) => route?.state === "available",
      { reason: "the entry Available", timeoutMs: 5_000 },
    );
    expect(listed).toEqual({
      provider: "alibaba",
      id: created.routeEntryId,
      routeTableId,
      destination: "172.16.0.0/16",
      nextHopType: "vpnGateway",
      rawNextHopType: "VpnGateway",
      nextHopId: gatewayId,
      system: false,
      enabled: true,
      state: "available",
      rawState: "Available",
      name: "to-branch",
    });

    const duplicate = await failureOf(
      createAlibabaRouteEntry({
        client: client(),
        request: { ...request, ClientToken: "route-entry-token-2" },
      }),
    );
    expect(duplicate.code).toBe("RouterEntryConflict.Duplicated");

    const remove = { RegionId, RouteEntryId: created.routeEntryId };
    await deleteAlibabaRouteEntry({ client: client(), request: remove });
    await pollUntil(
      () => entry(created.routeEntryId),
      (route) => route === undefined,
      { reason: "the entry gone", timeoutMs: 5_000 },
    );
    const again = await failureOf(deleteAlibabaRouteEntry({ client: client(), request: remove }));
    expect(again.code).toBe("InvalidRouteEntry.NotFound");
  });

  it("refuses a delete that names no entry before sending it", async () => {
    const refused = await failureOf(
      deleteAlibabaRouteEntry({
        client: client(),
        request: { RegionId, RouteTableId: routeTableId },
      }),
    );
    expect(refused.code).toBe("Transport.InvalidRequest");
    expect(refused.issues).toEqual([
      {
        path: "DestinationCidrBlock",
        message: "DestinationCidrBlock is required unless RouteEntryId is given",
      },
    ]);
  });
});

describe("Alibaba VPN-gateway routes through lib/cloud", () => {
  it("creates a destination route toward a connection, lists it, refuses it twice, deletes it once", async () => {
    const { customerGateway } = await createAlibabaCustomerGateway({
      client: client(),
      request: { RegionId, IpAddress: "192.0.2.61", Name: "route-peer" },
    });
    const { connectionId } = await createAlibabaVpnConnection({
      client: client(),
      request: {
        RegionId,
        VpnGatewayId: gatewayId,
        CustomerGatewayId: customerGateway.id,
        LocalSubnet: "0.0.0.0/0",
        RemoteSubnet: "0.0.0.0/0",
        Name: "route-based",
        IkeConfig: { Psk: "route-psk-123", IkeVersion: "ikev2" },
      },
    });
    await gatewayActive();

    const request = {
      RegionId,
      VpnGatewayId: gatewayId,
      RouteDest: "172.17.0.0/16",
      NextHop: connectionId,
      Weight: 100,
      PublishVpc: false,
    };
    const created = await createAlibabaVpnRouteEntry({ client: client(), request });
    expect(created.route).toEqual({
      provider: "alibaba",
      id: `${gatewayId}:${connectionId}:172.17.0.0/16`,
      gatewayId,
      destination: "172.17.0.0/16",
      nextHopId: connectionId,
      preference: 100,
      enabled: true,
      rawState: "normal",
    });
    expect(created.clientToken).toBeTruthy();
    await gatewayActive();

    const listed = await describeAlibabaVpnRouteEntries({
      client: client(),
      request: { RegionId, VpnGatewayId: gatewayId },
    });
    expect(listed.items).toEqual([created.route]);

    const duplicate = await failureOf(createAlibabaVpnRouteEntry({ client: client(), request }));
    expect(duplicate.code).toBe("InvalidParameter");

    const key = {
      RegionId,
      VpnGatewayId: gatewayId,
      RouteDest: "172.17.0.0/16",
      NextHop: connectionId,
      Weight: 100,
    };
    await deleteAlibabaVpnRouteEntry({ client: client(), request: key });
    await gatewayActive();
    const after = await describeAlibabaVpnRouteEntries({
      client: client(),
      request: { RegionId, VpnGatewayId: gatewayId },
    });
    expect(after.items).toEqual([]);
    const again = await failureOf(deleteAlibabaVpnRouteEntry({ client: client(), request: key }));
    expect(again.code).toBe("InvalidRouteEntry.NotFound");
  });
});
