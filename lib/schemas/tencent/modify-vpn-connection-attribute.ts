import type { z } from "zod";
import { idWithPrefix, nonEmpty } from "../common";
import { vpnConnectionSettingsSchema } from "./create-vpn-connection";
import { tencentRequestIdResponseSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 ModifyVpnConnectionAttribute (cloud-api-lifecycle.md §1.4): the settings
 * a live tunnel can change, each optional. RouteType, the gateway, the VPC and tags have no
 * parameter (not changeable in place). No task id: Terraform waits a fixed 3 minutes, the portal
 * re-reads the tunnel until it is AVAILABLE again.
 */

export const modifyVpnConnectionAttributeRequestSchema = vpnConnectionSettingsSchema
  .pick({
    VpnConnectionName: true,
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
    BgpConfig: true,
    HealthCheckConfig: true,
  })
  .partial()
  .extend({
    VpnConnectionId: idWithPrefix("VpnConnectionId", "vpnx"),
    PreShareKey: nonEmpty("PreShareKey")
      .max(128, "PreShareKey must be at most 128 characters")
      .optional(),
  });

export type ModifyVpnConnectionAttributeRequest = z.input<
  typeof modifyVpnConnectionAttributeRequestSchema
>;

export const modifyVpnConnectionAttributeResponseSchema = tencentRequestIdResponseSchema;
