import { z } from "zod";
import { bool, intOneOf, oneOf, PERIOD_MONTHS } from "../common";
import {
  alibabaCreateRequestSchema,
  alibabaIdSchema,
  alibabaRequestIdSchema,
  vpnGatewayNameSchema,
} from "./shared";
import { alibabaVpnGatewaySchema } from "./vpn-gateway-output";

/** Alibaba VPC 2016-04-28 CreateVpnGateway (cloud-api.md §4.1). No Tags/GatewayType here (§7.10). */

/** Union of the China-site and international-site public lists; private gateways: 200 or 1000. */
export const ALIBABA_VPN_GATEWAY_BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000] as const;
export const ALIBABA_PRIVATE_BANDWIDTHS = [200, 1000] as const;
export const ALIBABA_SSL_CONNECTIONS = [5, 10, 20, 50, 100, 200, 500, 1000] as const;

/** What a requester designs for a new gateway: everything but where it goes (region, VPC, vSwitches). */
export const vpnGatewayParamsSchema = z
  .object({
    Bandwidth: intOneOf("Bandwidth", ALIBABA_VPN_GATEWAY_BANDWIDTHS),
    InstanceChargeType: oneOf("InstanceChargeType", ["PREPAY", "POSTPAY"]).optional(),
    Period: intOneOf("Period", PERIOD_MONTHS).optional(),
    AutoPay: bool("AutoPay").optional(),
    Name: vpnGatewayNameSchema.optional(),
    EnableIpsec: bool("EnableIpsec").optional(),
    EnableSsl: bool("EnableSsl").optional(),
    SslConnections: intOneOf("SslConnections", ALIBABA_SSL_CONNECTIONS).optional(),
    NetworkType: oneOf("NetworkType", ["public", "private"]).optional(),
    VpnType: oneOf("VpnType", ["Normal", "NationalStandard"]).optional(),
    ResourceGroupId: z.string().min(1, "ResourceGroupId must not be empty").optional(),
  })
  .superRefine((req, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (req.InstanceChargeType === "PREPAY" && req.Period === undefined) {
      issue("Period", "Period is required when InstanceChargeType is PREPAY");
    }
    if (req.InstanceChargeType !== "PREPAY" && req.Period !== undefined) {
      issue("Period", "Period is only allowed when InstanceChargeType is PREPAY");
    }
    if (
      req.NetworkType === "private" &&
      !(ALIBABA_PRIVATE_BANDWIDTHS as readonly number[]).includes(req.Bandwidth)
    ) {
      issue("Bandwidth", "Bandwidth must be 200 or 1000 for a private gateway");
    }
    if (req.SslConnections !== undefined && req.EnableSsl !== true) {
      issue("SslConnections", "SslConnections needs EnableSsl = true");
    }
  });

export const createVpnGatewayRequestSchema = alibabaCreateRequestSchema(vpnGatewayParamsSchema, {
  VpcId: alibabaIdSchema("VpcId", "vpc"),
  VSwitchId: alibabaIdSchema("VSwitchId", "vsw").optional(),
  DisasterRecoveryVSwitchId: alibabaIdSchema("DisasterRecoveryVSwitchId", "vsw").optional(),
}).superRefine((req, ctx) => {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  if (req.DisasterRecoveryVSwitchId && !req.VSwitchId) {
    issue("VSwitchId", "VSwitchId is required when DisasterRecoveryVSwitchId is set");
  }
  if (req.DisasterRecoveryVSwitchId && req.DisasterRecoveryVSwitchId === req.VSwitchId) {
    issue("DisasterRecoveryVSwitchId", "DisasterRecoveryVSwitchId must differ from VSwitchId");
  }
});

export type VpnGatewayParams = z.input<typeof vpnGatewayParamsSchema>;
export type CreateVpnGatewayRequest = z.input<typeof createVpnGatewayRequestSchema>;

export const createVpnGatewayResponseSchema = alibabaVpnGatewaySchema
  .pick({ VpnGatewayId: true, Name: true })
  .extend({ OrderId: z.number().optional(), RequestId: alibabaRequestIdSchema });
