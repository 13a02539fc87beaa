import { z } from "zod";
import { bool, cidrV4 } from "../common";
import { alibabaVpnConnectionSchema } from "./describe-vpn-connections";
import {
  alibabaCreateRequestSchema,
  alibabaIdSchema,
  alibabaRequestIdSchema,
  alibabaTagsSchema,
  alibabaText,
} from "./shared";
import {
  bgpConfigSchema,
  healthCheckConfigSchema,
  ikeConfigSchema,
  ipsecConfigSchema,
  tunnelOptionsSchema,
} from "./vpn-connection-configs";

/** Alibaba VPC 2016-04-28 CreateVpnConnection (cloud-api.md §4.4), single- or dual-tunnel. */

/**
 * The parameters of a single-tunnel connection that a dual-tunnel one sets per tunnel instead
 * (besides CustomerGatewayId, which each tunnel names too).
 */
export const ALIBABA_PER_TUNNEL_PARAMS = [
  "IkeConfig",
  "IpsecConfig",
  "BgpConfig",
  "HealthCheckConfig",
  "EnableDpd",
  "EnableNatTraversal",
  "RemoteCaCertificate",
] as const;

/** Comma-separated IPv4 CIDR blocks (`10.0.0.0/16,10.1.0.0/16`). */
function subnetList(field: string) {
  const one = cidrV4(field);
  return z
    .string({ error: `${field} is required` })
    .min(1, `${field} must not be empty`)
    .refine(
      (value) => value.split(",").every((part) => one.safeParse(part.trim()).success),
      `${field} must be IPv4 CIDR blocks separated by commas, e.g. 10.0.0.0/16,10.1.0.0/16`,
    );
}

/**
 * What a requester designs for a tunnel: everything but the resources it joins. Unrefined, so
 * ModifyVpnConnectionAttribute can pick the ones it changes.
 */
export const vpnConnectionSettingsSchema = z.object({
  LocalSubnet: subnetList("LocalSubnet"),
  RemoteSubnet: subnetList("RemoteSubnet"),
  Name: alibabaText("Name").optional(),
  EffectImmediately: bool("EffectImmediately").optional(),
  IkeConfig: ikeConfigSchema("IkeConfig").optional(),
  IpsecConfig: ipsecConfigSchema("IpsecConfig").optional(),
  HealthCheckConfig: healthCheckConfigSchema.optional(),
  EnableDpd: bool("EnableDpd").optional(),
  EnableNatTraversal: bool("EnableNatTraversal").optional(),
  BgpConfig: bgpConfigSchema("BgpConfig").optional(),
  RemoteCaCertificate: z.string().optional(),
  AutoConfigRoute: bool("AutoConfigRoute").optional(),
  EnableTunnelsBgp: bool("EnableTunnelsBgp").optional(),
  TunnelOptionsSpecification: z
    .array(tunnelOptionsSchema, { error: "TunnelOptionsSpecification must be a list" })
    .length(2, "TunnelOptionsSpecification must have exactly 2 tunnels (master and slave)")
    .optional(),
  Tags: alibabaTagsSchema.optional(),
  DryRun: bool("DryRun").optional(),
});

/** The settings with the rules that tie them together (single- or dual-tunnel). */
export const vpnConnectionParamsSchema = vpnConnectionSettingsSchema.superRefine((req, ctx) => {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  const dual = req.TunnelOptionsSpecification !== undefined;
  if (dual) {
    for (const field of ALIBABA_PER_TUNNEL_PARAMS) {
      if (req[field] !== undefined) {
        issue(
          field,
          `${field} cannot be combined with TunnelOptionsSpecification (set it per tunnel)`,
        );
      }
    }
    const roles = req.TunnelOptionsSpecification?.map((t) => t.Role)
      .sort()
      .join(",");
    if (roles !== "master,slave") {
      issue(
        "TunnelOptionsSpecification",
        "TunnelOptionsSpecification needs one master and one slave tunnel",
      );
    }
  }
  if (req.EnableTunnelsBgp !== undefined && !dual) {
    issue("EnableTunnelsBgp", "EnableTunnelsBgp is only for dual-tunnel connections");
  }
});

export const createVpnConnectionRequestSchema = alibabaCreateRequestSchema(
  vpnConnectionParamsSchema,
  {
    VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn"),
    CustomerGatewayId: alibabaIdSchema("CustomerGatewayId", "cgw").optional(),
  },
).superRefine((req, ctx) => {
  const dual = req.TunnelOptionsSpecification !== undefined;
  if (!dual && !req.CustomerGatewayId) {
    ctx.addIssue({
      code: "custom",
      path: ["CustomerGatewayId"],
      message: "CustomerGatewayId is required for a single-tunnel connection",
    });
  }
  req.TunnelOptionsSpecification?.forEach((tunnel, index) => {
    if (!tunnel.CustomerGatewayId) {
      ctx.addIssue({
        code: "custom",
        path: ["TunnelOptionsSpecification", index, "CustomerGatewayId"],
        message: "TunnelOptionsSpecification.CustomerGatewayId is required for each tunnel",
      });
    }
  });
  if (dual && req.CustomerGatewayId !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["CustomerGatewayId"],
      message:
        "CustomerGatewayId cannot be combined with TunnelOptionsSpecification (set it per tunnel)",
    });
  }
});

export type VpnConnectionParams = z.input<typeof vpnConnectionParamsSchema>;
export type CreateVpnConnectionRequest = z.input<typeof createVpnConnectionRequestSchema>;

export const createVpnConnectionResponseSchema = alibabaVpnConnectionSchema
  .pick({ VpnConnectionId: true, Name: true, CreateTime: true })
  .extend({ RequestId: alibabaRequestIdSchema });
