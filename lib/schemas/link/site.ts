import { z } from "zod";
import { nonPublicReason, parseIpv4 } from "@/lib/net/cidr";
import { cidrV4, idWithPrefix, ipv4 } from "../common";
import { safeString } from "../text";
import { customerGatewayParamsSchema as alibabaCustomerGatewayParams } from "../alibaba/create-customer-gateway";
import { vpnGatewayParamsSchema as alibabaGatewayParams } from "../alibaba/create-vpn-gateway";
import { alibabaIdSchema, alibabaRegionIdSchema } from "../alibaba/shared";
import { createCustomerGatewayRequestSchema as tencentCustomerGatewayParams } from "../tencent/create-customer-gateway";
import { vpnGatewayParamsSchema as tencentGatewayParams } from "../tencent/create-vpn-gateway";
import { tencentRegionSchema } from "../tencent/shared";
import { alibabaSiteRoutesSchema, tencentSiteRoutesSchema } from "./routes";

/** The name of a configured cloud account ("default" for the standard variables). */
export const accountNameSchema = z
  .string({ error: "account is required" })
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "account must be a configured account name such as default");

/** The VPC's blocks as DescribeVpcs reported them when the design was made (for the checks). */
const vpcCidrsSchema = z
  .array(cidrV4("vpcCidrs"), { error: "vpcCidrs must be a list" })
  .min(1, "vpcCidrs must have the VPC's primary block");

/**
 * The other tunnels already on an existing Tencent gateway, as DescribeVpnConnections reported
 * them when the design was made: a new tunnel's SPD must not clash with theirs.
 */
const otherTunnelsSchema = z.array(
  z.object({
    name: safeString("name").max(200),
    selectors: z.array(
      z.object({
        local: safeString("local").max(64),
        remote: z.array(safeString("remote").max(64)),
      }),
    ),
  }),
  { error: "otherTunnels must be a list" },
);

/** Where a gateway lives, and whether it is created or picked from the existing ones. */
export const tencentSiteSchema = z.object({
  provider: z.literal("tencent"),
  account: accountNameSchema,
  region: tencentRegionSchema,
  vpcId: idWithPrefix("VpcId", "vpc"),
  vpcCidrs: vpcCidrsSchema,
  gateway: z.discriminatedUnion("mode", [
    z.object({
      mode: z.literal("existing"),
      id: idWithPrefix("VpnGatewayId", "vpngw"),
      publicIp: ipv4("publicIp").optional(),
      otherTunnels: otherTunnelsSchema.optional(),
    }),
    z.object({ mode: z.literal("new"), params: tencentGatewayParams }),
  ]),
  routes: tencentSiteRoutesSchema.optional(),
});

export const alibabaSiteSchema = z.object({
  provider: z.literal("alibaba"),
  account: accountNameSchema,
  region: alibabaRegionIdSchema,
  vpcId: alibabaIdSchema("VpcId", "vpc"),
  vpcCidrs: vpcCidrsSchema,
  vswitchId: alibabaIdSchema("VSwitchId", "vsw").optional(),
  /** A new gateway's second vSwitch (another zone), for the dual-tunnel standby. */
  disasterRecoveryVswitchId: alibabaIdSchema("DisasterRecoveryVSwitchId", "vsw").optional(),
  gateway: z.discriminatedUnion("mode", [
    z.object({
      mode: z.literal("existing"),
      id: alibabaIdSchema("VpnGatewayId", "vpn"),
      publicIp: ipv4("publicIp").optional(),
    }),
    z.object({ mode: z.literal("new"), params: alibabaGatewayParams }),
  ]),
  routes: alibabaSiteRoutesSchema.optional(),
});

/** A second vSwitch needs the first, and must be another one (CreateVpnGateway refuses otherwise). */
export function disasterRecoveryVswitch(
  site: { provider: string; vswitchId?: string; disasterRecoveryVswitchId?: string },
  path: string[],
  ctx: z.RefinementCtx,
) {
  if (site.provider !== "alibaba" || !site.disasterRecoveryVswitchId) return;
  if (!site.vswitchId) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "vswitchId"],
      message: "VSwitchId is required when DisasterRecoveryVSwitchId is set",
    });
  } else if (site.vswitchId === site.disasterRecoveryVswitchId) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "disasterRecoveryVswitchId"],
      message: "DisasterRecoveryVSwitchId must differ from VSwitchId",
    });
  }
}

/** A new peer must be reachable over the internet: no private, loopback, multicast or reserved address. */
function publicPeerAddress(address: string, ctx: z.RefinementCtx) {
  const ip = parseIpv4(address);
  const reason = ip ? nonPublicReason(ip) : undefined;
  if (reason) {
    ctx.addIssue({
      code: "custom",
      path: ["IpAddress"],
      message: `IpAddress must be a public IPv4 address (this one is ${reason})`,
    });
  }
}

/** The on-premises peer: a customer gateway created for this link or picked from the existing ones. */
function peerSchema<Id extends z.ZodType<string>, Params extends z.ZodType<{ IpAddress: string }>>(
  id: Id,
  params: Params,
) {
  return z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("existing"), id, ipAddress: ipv4("ipAddress") }),
    z.object({
      mode: z.literal("new"),
      params: params.superRefine((values, ctx) => publicPeerAddress(values.IpAddress, ctx)),
    }),
  ]);
}

export const tencentPeerSchema = peerSchema(
  idWithPrefix("CustomerGatewayId", "cgw"),
  tencentCustomerGatewayParams,
);

export const alibabaPeerSchema = peerSchema(
  alibabaIdSchema("CustomerGatewayId", "cgw"),
  alibabaCustomerGatewayParams,
);

export type TencentSite = z.infer<typeof tencentSiteSchema>;
export type AlibabaSite = z.infer<typeof alibabaSiteSchema>;
export type TencentPeer = z.infer<typeof tencentPeerSchema>;
export type AlibabaPeer = z.infer<typeof alibabaPeerSchema>;
