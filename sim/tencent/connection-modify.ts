import { z } from "zod";
import { applyGiven } from "../store/apply-given";
import { tcConnectionState } from "../store/lifecycle";
import { tencentAction } from "./action";
import { checkBgp, checkSpd, createConnectionSchema } from "./connection-schema";
import { TcError } from "./errors";
import { assertNoTaskRunning, startTunnelChange } from "./gateway-lock";
import { findVpnConnection } from "./lookups";

/**
 * What ModifyVpnConnectionAttribute takes: the create's tunnel settings, all optional. RouteType,
 * VpnGatewayId, VpcId and Tags are not among them, so sending one is UnknownParameter.
 */
const modifySchema = createConnectionSchema
  .pick({
    VpnConnectionName: true,
    PreShareKey: true,
    SecurityPolicyDatabases: true,
    IKEOptionsSpecification: true,
    IPSECOptionsSpecification: true,
    EnableHealthCheck: true,
    HealthCheckLocalIp: true,
    HealthCheckRemoteIp: true,
    NegotiationType: true,
    DpdEnable: true,
    DpdTimeout: true,
    DpdAction: true,
    CustomerGatewayId: true,
    HealthCheckConfig: true,
    BgpConfig: true,
  })
  .partial()
  .extend({ VpnConnectionId: z.string() });

/** The simulated gateways are version 2.0; moving a tunnel to another customer gateway needs 4.0. */
const GATEWAY_VERSION = 2;

/**
 * ModifyVpnConnectionAttribute on an AVAILABLE tunnel. The change is treated as asynchronous
 * (Terraform waits 3 minutes; no task id): the settings show at once, and the gateway runs no
 * other tunnel task until the tunnel timing has passed (MutexOperationTaskRunning).
 */
export const modifyVpnConnectionAttribute = tencentAction({
  mutates: true,
  rateLimit: 20,
  schema: modifySchema,
  run(p, { region, ctx, now, tc }) {
    const conn = findVpnConnection(tc, region, p.VpnConnectionId);
    const state = tcConnectionState(conn, now);
    if (state !== "AVAILABLE")
      throw new TcError("UnsupportedOperation.VpnConnInvalidState", `The tunnel is ${state}.`);
    const gw = tc.vpnGateways.find((g) => g.VpnGatewayId === conn.VpnGatewayId);
    if (gw) assertNoTaskRunning(tc, gw, now, conn);
    const siblings = tc.vpnConnections.filter(
      (c) => c !== conn && c.VpnGatewayId === conn.VpnGatewayId,
    );
    if (p.CustomerGatewayId !== undefined && p.CustomerGatewayId !== conn.CustomerGatewayId)
      throw new TcError(
        "UnsupportedOperation",
        `Moving a tunnel to another customer gateway needs a gateway of version 4.0 or later (this one is ${GATEWAY_VERSION}.0).`,
      );
    if (p.VpnConnectionName && siblings.some((s) => s.VpnConnectionName === p.VpnConnectionName))
      throw new TcError(
        "InvalidParameterValue.Duplicate",
        `A tunnel named \`${p.VpnConnectionName}\` already exists on this gateway.`,
      );
    if (p.PreShareKey === "")
      throw new TcError("InvalidParameterValue.Empty", "PreShareKey must not be empty.");
    const policy = conn.RouteType === "Policy";
    if (p.SecurityPolicyDatabases && !policy)
      throw new TcError(
        "InvalidParameterValue",
        `SecurityPolicyDatabases only apply to RouteType Policy, not ${conn.RouteType} (RouteType cannot change).`,
      );
    if (policy && (p.EnableHealthCheck ?? conn.EnableHealthCheck))
      throw new TcError(
        "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
        "EnableHealthCheck: SPD (policy) tunnels cannot use health checks.",
      );
    if (p.SecurityPolicyDatabases) {
      const vpc = tc.vpcs.find((v) => v.VpcId === conn.VpcId);
      const vpcCidrs = vpc ? [vpc.CidrBlock, ...vpc.AssistantCidrs] : [];
      checkSpd({ spd: p.SecurityPolicyDatabases, vpcCidrs, siblings });
    }
    if (p.BgpConfig) {
      if (conn.RouteType !== "Bgp")
        throw new TcError(
          "UnsupportedOperation",
          `BgpConfig only applies to BGP tunnels; this one routes by ${conn.RouteType} (RouteType cannot change).`,
        );
      checkBgp(p.BgpConfig);
    }
    applyGiven(conn, p, [
      "VpnConnectionName",
      "PreShareKey",
      "EnableHealthCheck",
      "HealthCheckLocalIp",
      "HealthCheckRemoteIp",
      "NegotiationType",
      "DpdEnable",
      "DpdTimeout",
      "DpdAction",
      "BgpConfig",
    ]);
    Object.assign(conn, {
      SecurityPolicyDatabaseSet: p.SecurityPolicyDatabases ?? conn.SecurityPolicyDatabaseSet,
      IKEOptionsSpecification: { ...conn.IKEOptionsSpecification, ...p.IKEOptionsSpecification },
      IPSECOptionsSpecification: {
        ...conn.IPSECOptionsSpecification,
        ...p.IPSECOptionsSpecification,
      },
    });
    if (gw) startTunnelChange(gw, ctx, now);
  },
});
