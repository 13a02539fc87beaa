import type { z } from "zod";
import { listOf } from "../common";
import { vpnConnectionSettingsSchema } from "./create-vpn-connection";
import { alibabaVpnConnectionSchema } from "./describe-vpn-connections";
import {
  alibabaIdSchema,
  alibabaRegionIdSchema,
  alibabaRequestIdSchema,
  clientTokenSchema,
} from "./shared";
import { tunnelOptionsSchema } from "./vpn-connection-configs";

/**
 * Alibaba VPC 2016-04-28 ModifyVpnConnectionAttribute (cloud-api-lifecycle.md §2.4). Asynchronous:
 * the connection's gateway is `updating` until the change is done, one change at a time per
 * gateway. A single-tunnel connection changes its settings directly; a dual-tunnel one per tunnel,
 * each named by its `TunnelId`. The gateway and a single tunnel's customer gateway cannot change.
 */

const T = "TunnelOptionsSpecification";

/** One tunnel's change: named by its TunnelId, every setting optional; its customer gateway stays. */
export const tunnelChangeSchema = tunnelOptionsSchema
  .omit({ CustomerGatewayId: true })
  .partial()
  .extend({ TunnelId: alibabaIdSchema(`${T}.TunnelId`, "tun") });

export const modifyVpnConnectionAttributeRequestSchema = vpnConnectionSettingsSchema
  .pick({
    LocalSubnet: true,
    RemoteSubnet: true,
    Name: true,
    EffectImmediately: true,
    IkeConfig: true,
    IpsecConfig: true,
    HealthCheckConfig: true,
    EnableDpd: true,
    EnableNatTraversal: true,
    BgpConfig: true,
    AutoConfigRoute: true,
    EnableTunnelsBgp: true,
  })
  .partial()
  .extend({
    RegionId: alibabaRegionIdSchema,
    VpnConnectionId: alibabaIdSchema("VpnConnectionId", "vco"),
    ClientToken: clientTokenSchema.optional(),
    TunnelOptionsSpecification: listOf(T, tunnelChangeSchema, {
      max: 2,
      noun: "tunnel",
    }).optional(),
  });

export type ModifyVpnConnectionAttributeRequest = z.input<
  typeof modifyVpnConnectionAttributeRequestSchema
>;

/** The connection as stored after the change. */
export const modifyVpnConnectionAttributeResponseSchema = alibabaVpnConnectionSchema
  .partial()
  .extend({ RequestId: alibabaRequestIdSchema });
