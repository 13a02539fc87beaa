import { z } from "zod";
import { str } from "../answer-fields";
import {
  alibabaDescribeRequestSchema,
  alibabaIdSchema,
  alibabaPageResponseSchema,
  alibabaTagsOutputSchema,
} from "./shared";

/** Alibaba VPC 2016-04-28 DescribeVpnConnections (cloud-api.md §4.5). */

export const describeVpnConnectionsRequestSchema = alibabaDescribeRequestSchema({
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn").optional(),
  CustomerGatewayId: alibabaIdSchema("CustomerGatewayId", "cgw").optional(),
  VpnConnectionId: alibabaIdSchema("VpnConnectionId", "vco").optional(),
  ResourceGroupId: z.string().min(1, "ResourceGroupId must not be empty").optional(),
});

export type DescribeVpnConnectionsRequest = z.input<typeof describeVpnConnectionsRequestSchema>;

/** Numbers that some answers carry as strings (LocalAsn, lifetimes). */
const numberish = z.union([z.number(), z.string()]).optional();

/**
 * What a connection and each tunnel of a dual-tunnel one both report: the peer, the gateway's
 * public IP, DPD and NAT traversal, and how far negotiation got.
 */
const ipsecSessionShape = {
  CustomerGatewayId: str,
  InternetIp: str,
  EnableDpd: z.boolean().optional(),
  EnableNatTraversal: z.boolean().optional(),
  /** ike_sa_not_established, ike_sa_established, ipsec_sa_not_established, ipsec_sa_established */
  Status: str,
  State: str,
};

/** One tunnel of a dual-tunnel connection (`TunnelOptionsSpecification.TunnelOptions[]`). */
export const alibabaTunnelOptionSchema = z.object({
  TunnelId: str,
  Role: str,
  ...ipsecSessionShape,
  ZoneNo: str,
  RemoteCaCertificate: str,
  TunnelIkeConfig: z.record(z.string(), z.unknown()).optional(),
  TunnelIpsecConfig: z.record(z.string(), z.unknown()).optional(),
  TunnelBgpConfig: z
    .looseObject({
      BgpStatus: str,
      EnableBgp: z.union([z.boolean(), z.string()]).optional(),
      LocalAsn: numberish,
      LocalBgpIp: str,
      PeerAsn: numberish,
      PeerBgpIp: str,
      TunnelCidr: str,
    })
    .optional(),
});
export type AlibabaTunnelOption = z.infer<typeof alibabaTunnelOptionSchema>;

export const alibabaVpnConnectionSchema = z.object({
  VpnConnectionId: z.string(),
  Name: str,
  VpnGatewayId: str,
  ...ipsecSessionShape,
  LocalSubnet: str,
  RemoteSubnet: str,
  EffectImmediately: z.boolean().optional(),
  EnableTunnelsBgp: z.boolean().optional(),
  IkeConfig: z.record(z.string(), z.unknown()).optional(),
  IpsecConfig: z.record(z.string(), z.unknown()).optional(),
  NetworkType: str,
  AttachType: str,
  CreateTime: z.number().optional(),
  Spec: str,
  Tags: alibabaTagsOutputSchema,
  /** Dual-tunnel connections only (the top-level CustomerGatewayId is then empty). */
  TunnelOptionsSpecification: z
    .object({ TunnelOptions: z.array(alibabaTunnelOptionSchema).optional() })
    .optional(),
});
export type AlibabaVpnConnection = z.infer<typeof alibabaVpnConnectionSchema>;

export const describeVpnConnectionsResponseSchema = alibabaPageResponseSchema(
  "VpnConnections",
  "VpnConnection",
  alibabaVpnConnectionSchema,
);
