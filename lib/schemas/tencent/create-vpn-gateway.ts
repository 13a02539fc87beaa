import { z } from "zod";
import { idWithPrefix, intOneOf, maxBytes, maxChars, oneOf, PERIOD_MONTHS } from "../common";
import { requestIdSchema, tencentTagsSchema, tencentVpnGatewaySchema } from "./shared";

/** Tencent VPC 2017-03-12 CreateVpnGateway (cloud-api.md §2.5). */

export const TENCENT_VPN_GATEWAY_BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000, 3000] as const;
export const TENCENT_SSL_MAX_CONNECTIONS = [5, 10, 20, 50, 100, 200, 500, 1000] as const;
export const TENCENT_VPN_GATEWAY_TYPES = ["IPSEC", "SSL", "CCN", "SSL_CCN"] as const;

/** A gateway's bandwidth and billing: what its creation and its price inquiry both take. */
export const gatewayBillingFields = {
  InternetMaxBandwidthOut: intOneOf("InternetMaxBandwidthOut", TENCENT_VPN_GATEWAY_BANDWIDTHS),
  InstanceChargeType: oneOf("InstanceChargeType", ["POSTPAID_BY_HOUR", "PREPAID"]).optional(),
  InstanceChargePrepaid: z
    .object({
      Period: intOneOf("InstanceChargePrepaid.Period", PERIOD_MONTHS),
      RenewFlag: oneOf("InstanceChargePrepaid.RenewFlag", [
        "NOTIFY_AND_AUTO_RENEW",
        "NOTIFY_AND_MANUAL_RENEW",
      ]).optional(),
    })
    .optional(),
};

/** What a requester designs for a new gateway: every parameter except the VPC it lives in. */
export const vpnGatewayParamsSchema = z
  .object({
    VpnGatewayName: maxBytes("VpnGatewayName", 60),
    ...gatewayBillingFields,
    Zone: z
      .string()
      .regex(/^[a-z]{2}-[a-z0-9-]+-\d+$/, "Zone must be a zone id such as ap-guangzhou-2")
      .optional(),
    Type: oneOf("Type", TENCENT_VPN_GATEWAY_TYPES).optional(),
    Tags: tencentTagsSchema.optional(),
    CdcId: maxChars("CdcId", 64).optional(),
    MaxConnection: intOneOf("MaxConnection", TENCENT_SSL_MAX_CONNECTIONS).optional(),
    BgpAsn: z
      .number()
      .int("BgpAsn must be a whole number")
      .min(1, "BgpAsn must be between 1 and 4294967295")
      .max(4294967295, "BgpAsn must be between 1 and 4294967295")
      .optional(),
  })
  .superRefine((req, ctx) => {
    if (req.InstanceChargeType === "PREPAID" && !req.InstanceChargePrepaid) {
      ctx.addIssue({
        code: "custom",
        path: ["InstanceChargePrepaid"],
        message:
          "InstanceChargePrepaid (with Period) is required when InstanceChargeType is PREPAID",
      });
    }
    if (req.InstanceChargeType !== "PREPAID" && req.InstanceChargePrepaid) {
      ctx.addIssue({
        code: "custom",
        path: ["InstanceChargePrepaid"],
        message: "InstanceChargePrepaid is only allowed when InstanceChargeType is PREPAID",
      });
    }
    if (req.MaxConnection !== undefined && req.Type !== "SSL" && req.Type !== "SSL_CCN") {
      ctx.addIssue({
        code: "custom",
        path: ["MaxConnection"],
        message: "MaxConnection is only allowed for SSL and SSL_CCN gateways",
      });
    }
  });

export const createVpnGatewayRequestSchema = vpnGatewayParamsSchema
  .extend({
    /** `""` for CCN/SSL_CCN gateways; a `vpc-` id for IPSEC/SSL. */
    VpcId: z.union([z.literal(""), idWithPrefix("VpcId", "vpc")], {
      error: 'VpcId must be a VPC id starting with "vpc-" (or "" for CCN gateways)',
    }),
  })
  .superRefine((req, ctx) => {
    const ccn = req.Type === "CCN" || req.Type === "SSL_CCN";
    if (ccn && req.VpcId !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["VpcId"],
        message: 'VpcId must be "" for CCN and SSL_CCN gateways',
      });
    }
    if (!ccn && req.VpcId === "") {
      ctx.addIssue({
        code: "custom",
        path: ["VpcId"],
        message: "VpcId is required for IPSEC and SSL gateways",
      });
    }
  });

export type VpnGatewayParams = z.input<typeof vpnGatewayParamsSchema>;
export type CreateVpnGatewayRequest = z.input<typeof createVpnGatewayRequestSchema>;

export const createVpnGatewayResponseSchema = z.object({
  VpnGateway: tencentVpnGatewaySchema,
  RequestId: requestIdSchema,
});
