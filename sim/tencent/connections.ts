import { z } from "zod";
import { tcConnectionState, tcGatewayState } from "../store/lifecycle";
import type { TcVpnConnection } from "../store/model";
import { newId } from "../store/store";
import { tencentAction } from "./action";
import { checkBgp, checkSpd, createConnectionRulesSchema } from "./connection-schema";
import { checkRoomFor, TcError } from "./errors";
import { tencentDescribe } from "./describe";
import { assertNoTaskRunning } from "./gateway-lock";
import { findCustomerGateway, findVpnConnection, findVpnGateway } from "./lookups";
import { tagSet, tencentTime } from "./params";
import { storedFields } from "../store/stored-fields";

export function tcConnectionView(conn: TcVpnConnection, now: number) {
  const state = tcConnectionState(conn, now);
  return {
    ...storedFields(conn, [
      "VpnConnectionId",
      "VpnConnectionName",
      "VpcId",
      "VpnGatewayId",
      "CustomerGatewayId",
      "PreShareKey",
      "RouteType",
      "SecurityPolicyDatabaseSet",
      "IKEOptionsSpecification",
      "IPSECOptionsSpecification",
      "EnableHealthCheck",
      "DpdEnable",
      "DpdTimeout",
      "DpdAction",
      "TagSet",
      "NegotiationType",
    ]),
    VpnProto: "IPSEC",
    EncryptProto: "IKE",
    CreatedTime: tencentTime(conn.createdAt),
    State: state,
    NetStatus: state === "AVAILABLE" ? "AVAILABLE" : "UNAVAILABLE",
    HealthCheckLocalIp: conn.HealthCheckLocalIp ?? "",
    HealthCheckRemoteIp: conn.HealthCheckRemoteIp ?? "",
    ...(conn.BgpConfig ? { BgpConfig: conn.BgpConfig } : {}),
  };
}

const IKE_DEFAULTS = {
  PropoEncryAlgorithm: "3DES-CBC",
  PropoAuthenAlgorithm: "SHA",
  ExchangeMode: "MAIN",
  LocalIdentity: "ADDRESS",
  RemoteIdentity: "ADDRESS",
  DhGroupName: "GROUP1",
  IKESaLifetimeSeconds: 86400,
  IKEVersion: "IKEV1",
};

const IPSEC_DEFAULTS = {
  EncryptAlgorithm: "AES-CBC-128",
  IntegrityAlgorith: "SHA1",
  IPSECSaLifetimeSeconds: 14400,
  PfsDhGroup: "NULL",
  IPSECSaLifetimeTraffic: 4096000000,
};

export const createVpnConnection = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: createConnectionRulesSchema,
  run(p, { region, requestId, ctx, now, tc }) {
    const gw = findVpnGateway(tc, region, p.VpnGatewayId);
    const cgw = findCustomerGateway(tc, region, p.CustomerGatewayId);
    if (p.PreShareKey === "")
      throw new TcError("InvalidParameterValue.Empty", "PreShareKey must not be empty.");
    if (tcGatewayState(gw, now) !== "AVAILABLE") {
      throw new TcError(
        "UnsupportedOperation.InvalidState",
        `The VPN gateway \`${gw.VpnGatewayId}\` is still being created (PENDING).`,
      );
    }
    const vpcId = p.VpcId ?? "";
    if (gw.VpcId !== "" && vpcId !== gw.VpcId) {
      throw new TcError(
        "InvalidParameterValue",
        `VpcId must be \`${gw.VpcId}\`, the VPC of the gateway.`,
      );
    }
    const vpc = tc.vpcs.find((v) => v.VpcId === gw.VpcId);
    const siblings = tc.vpnConnections.filter((c) => c.VpnGatewayId === gw.VpnGatewayId);
    const spd = p.SecurityPolicyDatabases ?? [];
    const routeType =
      p.RouteType ?? (spd.length > 0 ? "Policy" : p.BgpConfig ? "Bgp" : "StaticRoute");
    if (routeType === "Policy" && spd.length === 0) {
      throw new TcError(
        "MissingParameter",
        "The request is missing a required parameter `SecurityPolicyDatabases` (RouteType Policy).",
      );
    }
    if (spd.length > 0 && routeType !== "Policy") {
      throw new TcError(
        "InvalidParameterValue",
        `SecurityPolicyDatabases only apply to RouteType Policy, not ${routeType}.`,
      );
    }
    if (spd.length > 0 && p.EnableHealthCheck) {
      throw new TcError(
        "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
        "EnableHealthCheck: SPD (policy) tunnels cannot use health checks.",
      );
    }
    checkSpd({ spd, vpcCidrs: vpc ? [vpc.CidrBlock, ...vpc.AssistantCidrs] : [], siblings });
    if (p.BgpConfig) checkBgp(p.BgpConfig);
    const isBgp = routeType === "Bgp";
    if (siblings.some((s) => (s.RouteType === "Bgp") !== isBgp)) {
      throw new TcError(
        "UnsupportedOperation.VpnConnRouteTypeMixed",
        "BGP and non-BGP tunnels cannot share a gateway.",
      );
    }
    checkRoomFor({
      what: "tunnel",
      siblings,
      sameName: (s) => s.VpnConnectionName === p.VpnConnectionName,
      name: p.VpnConnectionName,
      quota: ctx.quotas.connectionsPerGateway,
      scope: "this gateway",
    });
    const conn: TcVpnConnection = {
      region,
      VpnConnectionId: newId("vpnx"),
      VpnConnectionName: p.VpnConnectionName,
      VpcId: vpcId,
      VpnGatewayId: gw.VpnGatewayId,
      CustomerGatewayId: cgw.CustomerGatewayId,
      PreShareKey: p.PreShareKey,
      RouteType: routeType,
      NegotiationType: p.NegotiationType ?? "active",
      SecurityPolicyDatabaseSet: spd,
      IKEOptionsSpecification: {
        ...IKE_DEFAULTS,
        LocalAddress: gw.PublicIpAddress,
        RemoteAddress: cgw.IpAddress,
        ...p.IKEOptionsSpecification,
      },
      IPSECOptionsSpecification: { ...IPSEC_DEFAULTS, ...p.IPSECOptionsSpecification },
      DpdEnable: p.DpdEnable ?? 0,
      DpdTimeout: p.DpdTimeout ?? "30",
      DpdAction: p.DpdAction ?? "clear",
      EnableHealthCheck: p.EnableHealthCheck ?? false,
      ...(p.BgpConfig ? { BgpConfig: p.BgpConfig } : {}),
      TagSet: tagSet(p.Tags),
      createdAt: now,
      readyAt: now + ctx.timings.tencentConnectionMs,
    };
    tc.vpnConnections.push(conn);
    tc.tasks.push({
      region,
      TaskId: requestId,
      resourceId: conn.VpnConnectionId,
      doneAt: conn.readyAt,
    });
    // Like the real API: the create answer carries no id yet; poll DescribeVpcTaskResult(TaskId = RequestId).
    return { VpnConnection: { ...tcConnectionView(conn, now), VpnConnectionId: "" } };
  },
});

export const describeVpnConnections = tencentDescribe<TcVpnConnection>({
  idField: "VpnConnectionId",
  rows: (tc) => tc.vpnConnections,
  fieldFilters: ["VpcId", "VpnGatewayId", "CustomerGatewayId", "VpnConnectionName"],
  setName: "VpnConnectionSet",
  view: tcConnectionView,
});

const deleteSchema = z.strictObject({ VpnGatewayId: z.string(), VpnConnectionId: z.string() });

export const deleteVpnConnection = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: deleteSchema,
  run(p, { region, requestId, ctx, now, tc }) {
    const conn = findVpnConnection(tc, region, p.VpnConnectionId, p.VpnGatewayId);
    const state = tcConnectionState(conn, now);
    if (state !== "AVAILABLE") {
      throw new TcError(
        "UnsupportedOperation.DeleteVpnConnInvalidState",
        `The tunnel is ${state}; only AVAILABLE tunnels can be deleted.`,
      );
    }
    const gw = tc.vpnGateways.find((g) => g.VpnGatewayId === conn.VpnGatewayId);
    if (gw) assertNoTaskRunning(tc, gw, now, conn);
    const route = tc.vpnGatewayRoutes.find((r) => r.InstanceId === conn.VpnConnectionId);
    if (route)
      throw new TcError(
        "ResourceInUse",
        `The gateway route \`${route.RouteId}\` still points at this tunnel; delete it first.`,
      );
    conn.deleteAt = now + ctx.timings.tencentDeleteMs;
    tc.tasks.push({
      region,
      TaskId: requestId,
      resourceId: conn.VpnConnectionId,
      doneAt: conn.deleteAt,
    });
  },
});
