import { z } from "zod";
import { bool, cidrV4, idWithPrefix, intOneOf, ipv4, maxChars, nonEmpty, oneOf } from "../common";
import {
  ikeOptionsSchema,
  ipsecOptionsSchema,
  requestIdSchema,
  securityPolicyDatabaseSchema,
  tencentBgpConfigSchema,
  tencentHealthCheckConfigSchema,
  tencentLocalAddressRule,
  tencentTagsSchema,
} from "./shared";
import { tencentVpnConnectionSchema } from "./vpn-connection-output";

/** Tencent VPC 2017-03-12 CreateVpnConnection (cloud-api.md §2.2, §2.3). Asynchronous. */

export const TENCENT_ROUTE_TYPES = ["StaticRoute", "Policy", "Bgp", "STATIC"] as const;
export const TENCENT_NEGOTIATION_TYPES = ["active", "passive", "flowTrigger"] as const;
/** DpdEnable: 0 off, 1 on. */
export const TENCENT_DPD_ENABLE = [0, 1] as const;

/**
 * What a requester designs for a tunnel: every parameter except the resources it joins
 * (gateway, customer gateway, VPC) and the pre-shared key, which is kept as a secret. Unrefined,
 * so ModifyVpnConnectionAttribute can pick the ones it changes.
 */
export const vpnConnectionSettingsSchema = z.object({
  VpnConnectionName: maxChars("VpnConnectionName", 60),
  SecurityPolicyDatabases: z
    .array(securityPolicyDatabaseSchema, { error: "SecurityPolicyDatabases must be a list" })
    .optional(),
  IKEOptionsSpecification: ikeOptionsSchema.optional(),
  IPSECOptionsSpecification: ipsecOptionsSchema.optional(),
  Tags: tencentTagsSchema.optional(),
  EnableHealthCheck: bool("EnableHealthCheck").optional(),
  HealthCheckLocalIp: ipv4("HealthCheckLocalIp").optional(),
  HealthCheckRemoteIp: ipv4("HealthCheckRemoteIp").optional(),
  RouteType: oneOf("RouteType", TENCENT_ROUTE_TYPES).optional(),
  NegotiationType: oneOf("NegotiationType", TENCENT_NEGOTIATION_TYPES).optional(),
  DpdEnable: intOneOf("DpdEnable", TENCENT_DPD_ENABLE).optional(),
  /** Seconds as a string (sic), 30–60. */
  DpdTimeout: z
    .string({ error: 'DpdTimeout must be text (seconds, e.g. "30")' })
    .regex(/^\d+$/, 'DpdTimeout must be a number of seconds as text, e.g. "30"')
    .refine(
      (v) => Number(v) >= 30 && Number(v) <= 60,
      "DpdTimeout must be between 30 and 60 seconds",
    )
    .optional(),
  DpdAction: oneOf("DpdAction", ["clear", "restart"]).optional(),
  /** Deprecated by Tencent; kept because the API still documents it. */
  Route: z
    .object({
      DestinationCidrBlock: cidrV4("Route.DestinationCidrBlock"),
      Priority: intOneOf("Route.Priority", [0, 100]).optional(),
      Description: maxChars("Route.Description", 100).optional(),
    })
    .optional(),
  BgpConfig: tencentBgpConfigSchema.optional(),
  HealthCheckConfig: tencentHealthCheckConfigSchema.optional(),
});

/** The settings with the rules that tie them together. */
export const vpnConnectionParamsSchema = vpnConnectionSettingsSchema.superRefine((req, ctx) => {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  if ((req.DpdAction !== undefined || req.DpdTimeout !== undefined) && req.DpdEnable !== 1) {
    issue(
      req.DpdAction !== undefined ? "DpdAction" : "DpdTimeout",
      "DpdAction and DpdTimeout need DpdEnable = 1",
    );
  }
  if (req.RouteType === "Policy" && !req.SecurityPolicyDatabases?.length) {
    issue(
      "SecurityPolicyDatabases",
      "SecurityPolicyDatabases is required when RouteType is Policy",
    );
  }
  if (req.RouteType === "Policy" && req.EnableHealthCheck) {
    issue("EnableHealthCheck", "EnableHealthCheck is not supported for Policy (SPD) tunnels");
  }
  if (req.RouteType === "Bgp" && !req.BgpConfig) {
    issue("BgpConfig", "BgpConfig is required when RouteType is Bgp");
  }
  if (req.BgpConfig && req.RouteType !== undefined && req.RouteType !== "Bgp") {
    issue("BgpConfig", "BgpConfig is only allowed when RouteType is Bgp");
  }
});

export const createVpnConnectionRequestSchema = vpnConnectionParamsSchema
  .extend({
    VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
    CustomerGatewayId: idWithPrefix("CustomerGatewayId", "cgw"),
    PreShareKey: nonEmpty("PreShareKey").max(128, "PreShareKey must be at most 128 characters"),
    /** Required for VPC-type gateways; `""` for CCN-type gateways. */
    VpcId: z
      .union([z.literal(""), idWithPrefix("VpcId", "vpc")], {
        error: 'VpcId must be a VPC id starting with "vpc-" (or "" for CCN gateways)',
      })
      .optional(),
  })
  .superRefine(tencentLocalAddressRule);

export type VpnConnectionParams = z.input<typeof vpnConnectionParamsSchema>;
export type CreateVpnConnectionRequest = z.input<typeof createVpnConnectionRequestSchema>;

export const createVpnConnectionResponseSchema = z.object({
  VpnConnection: tencentVpnConnectionSchema,
  RequestId: requestIdSchema,
});
