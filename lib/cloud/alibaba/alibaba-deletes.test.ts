// The Alibaba deletes against the real simulator: each removes its resource, a second delete is
// "already gone" by the catalogue's codes, an in-use or busy resource is not, and a resend with
// the same ClientToken answers like the first delete.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { simulatorClient, cloudFailureOf } from "@/test/kit/simulator-client";
import { isAlreadyGone } from "../already-gone";
import {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  createAlibabaVpnGateway,
  deleteAlibabaCustomerGateway,
  deleteAlibabaVpnConnection,
  deleteAlibabaVpnGateway,
  describeAlibabaCustomerGateways,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
} from "./actions";

/** Long enough that nothing settles on its own during a test: the test moves the clock. */
const SETTLE_MS = 20_000;
const RegionId = "cn-hangzhou";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({
    port: 0,
    timings: {
      alibabaGatewayInitMs: SETTLE_MS / 2,
      alibabaGatewayMs: SETTLE_MS,
      alibabaConfiguringMs: SETTLE_MS,
    },
  });
});
afterEach(() => sim.close());

/** No retries: a lock answer is seen as the cloud gave it. */
const client = () => simulatorClient(sim.url, { retries: 0 });

const failureOf = cloudFailureOf;

async function activeGateway(): Promise<string> {
  const { gatewayId } = await createAlibabaVpnGateway({
    client: client(),
    request: {
      RegionId,
      VpcId: "vpc-hzprod0001",
      Bandwidth: 10,
      InstanceChargeType: "POSTPAY",
      Name: "del-gw",
    },
  });
  sim.advance(SETTLE_MS);
  return gatewayId;
}

async function customerGateway(ip: string): Promise<string> {
  const { customerGateway } = await createAlibabaCustomerGateway({
    client: client(),
    request: { RegionId, IpAddress: ip },
  });
  return customerGateway.id;
}

/** A connection; its gateway is `updating` until the clock moves. */
async function startConnection(gw: string, cgw: string): Promise<string> {
  const { connectionId } = await createAlibabaVpnConnection({
    client: client(),
    request: {
      RegionId,
      VpnGatewayId: gw,
      CustomerGatewayId: cgw,
      LocalSubnet: "192.168.1.0/24",
      RemoteSubnet: "10.201.0.0/24",
      IkeConfig: { Psk: "delete-test-psk" },
    },
  });
  return connectionId;
}

const gatewayState = async (id: string) =>
  (await describeAlibabaVpnGateway({ client: client(), request: { RegionId, VpnGatewayId: id } }))
    .gateway.state;

describe("Alibaba deletes ↔ simulator", () => {
  it("each delete removes its resource once the wait ends; a second delete is already gone", async () => {
    const gw = await activeGateway();
    const cgw = await customerGateway("192.0.2.211");
    const connection = await startConnection(gw, cgw);
    sim.advance(SETTLE_MS);

    const deletion = await deleteAlibabaVpnConnection({
      client: client(),
      request: { RegionId, VpnConnectionId: connection },
    });
    // A token of its own, returned so that a workflow can resend the delete with it.
    expect(deletion.clientToken).toMatch(/^[\x21-\x7e]{1,64}$/);
    expect(await gatewayState(gw)).toBe("updating");
    sim.advance(SETTLE_MS);
    expect(await gatewayState(gw)).toBe("available");
    const listed = await describeAlibabaVpnConnections({
      client: client(),
      request: { RegionId, VpnConnectionId: connection },
    });
    expect(listed.items).toEqual([]);
    const again = await failureOf(
      deleteAlibabaVpnConnection({
        client: client(),
        request: { RegionId, VpnConnectionId: connection },
      }),
    );
    expect(again.code).toBe("InvalidVpnConnectionInstanceId.NotFound");
    expect(isAlreadyGone(again, "alibaba", "DeleteVpnConnection")).toBe(true);

    await deleteAlibabaCustomerGateway({
      client: client(),
      request: { RegionId, CustomerGatewayId: cgw },
    });
    const peers = await describeAlibabaCustomerGateways({
      client: client(),
      request: { RegionId, CustomerGatewayId: cgw },
    });
    expect(peers.items).toEqual([]);
    const cgwAgain = await failureOf(
      deleteAlibabaCustomerGateway({
        client: client(),
        request: { RegionId, CustomerGatewayId: cgw },
      }),
    );
    expect(isAlreadyGone(cgwAgain, "alibaba", "DeleteCustomerGateway")).toBe(true);

    await deleteAlibabaVpnGateway({ client: client(), request: { RegionId, VpnGatewayId: gw } });
    expect(await gatewayState(gw)).toBe("deleting");
    sim.advance(SETTLE_MS);
    const described = await failureOf(gatewayState(gw));
    expect(isAlreadyGone(described, "alibaba", "DescribeVpnGateway")).toBe(true);
    const gwAgain = await failureOf(
      deleteAlibabaVpnGateway({ client: client(), request: { RegionId, VpnGatewayId: gw } }),
    );
    expect(gwAgain.code).toBe("InvalidVpnGatewayInstanceId.NotFound");
    expect(isAlreadyGone(gwAgain, "alibaba", "DeleteVpnGateway")).toBe(true);
  });

  it("a customer gateway a connection still uses is refused, not gone", async () => {
    const gw = await activeGateway();
    const cgw = await customerGateway("192.0.2.212");
    await startConnection(gw, cgw);
    sim.advance(SETTLE_MS);

    const inUse = await failureOf(
      deleteAlibabaCustomerGateway({
        client: client(),
        request: { RegionId, CustomerGatewayId: cgw },
      }),
    );
    expect(inUse.code).toBe("DependencyViolation.VpnConnection");
    expect(isAlreadyGone(inUse, "alibaba", "DeleteCustomerGateway")).toBe(false);
    const gwInUse = await failureOf(
      deleteAlibabaVpnGateway({ client: client(), request: { RegionId, VpnGatewayId: gw } }),
    );
    expect(gwInUse.code).toBe("DependencyViolation.VpnConnection");
    expect(isAlreadyGone(gwInUse, "alibaba", "DeleteVpnGateway")).toBe(false);
  });

  it("a connection whose gateway is still configuring is locked, not gone", async () => {
    const gw = await activeGateway();
    const connection = await startConnection(gw, await customerGateway("192.0.2.213"));

    const locked = await failureOf(
      deleteAlibabaVpnConnection({
        client: client(),
        request: { RegionId, VpnConnectionId: connection },
      }),
    );
    expect(locked.code).toBe("VpnGateway.Configuring");
    expect(isAlreadyGone(locked, "alibaba", "DeleteVpnConnection")).toBe(false);
    const listed = await describeAlibabaVpnConnections({
      client: client(),
      request: { RegionId, VpnConnectionId: connection },
    });
    expect(listed.items.map((c) => c.id)).toEqual([connection]);
  });

  it("a delete resent with its ClientToken answers like the first, for each delete", async () => {
    const gw = await activeGateway();
    const cgw = await customerGateway("192.0.2.214");
    const connection = await startConnection(gw, cgw);
    sim.advance(SETTLE_MS);

    const request = { RegionId, VpnConnectionId: connection, ClientToken: "del-connection-1" };
    const first = await deleteAlibabaVpnConnection({ client: client(), request });
    const resent = await deleteAlibabaVpnConnection({ client: client(), request });
    expect(resent.clientToken).toBe(first.clientToken);
    sim.advance(SETTLE_MS);

    const cgwRequest = { RegionId, CustomerGatewayId: cgw, ClientToken: "del-cgw-1" };
    await deleteAlibabaCustomerGateway({ client: client(), request: cgwRequest });
    await deleteAlibabaCustomerGateway({ client: client(), request: cgwRequest });

    const gwRequest = { RegionId, VpnGatewayId: gw, ClientToken: "del-gw-1" };
    await deleteAlibabaVpnGateway({ client: client(), request: gwRequest });
    await deleteAlibabaVpnGateway({ client: client(), request: gwRequest });
    expect(await gatewayState(gw)).toBe("deleting");

    // Without the token, the same delete is a new request: already gone.
    const fresh = await failureOf(
      deleteAlibabaCustomerGateway({
        client: client(),
        request: { RegionId, CustomerGatewayId: cgw },
      }),
    );
    expect(isAlreadyGone(fresh, "alibaba", "DeleteCustomerGateway")).toBe(true);
  });
});
