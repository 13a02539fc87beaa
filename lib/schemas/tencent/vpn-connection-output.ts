import { z } from "zod";
import { str } from "../answer-fields";
import { tencentTagSetOutputSchema } from "./shared";

/** VpnConnection as returned by Create / DescribeVpnConnections (cloud-api.md §2.4). */

export const tencentVpnConnectionSchema = z.object({
  /** Absent or empty while a create is still PENDING. */
  VpnConnectionId: str,
  VpnConnectionName: str,
  VpcId: str,
  VpnGatewayId: str,
  CustomerGatewayId: str,
  PreShareKey: str,
  VpnProto: str,
  EncryptProto: str,
  RouteType: str,
  CreatedTime: str,
  State: str,
  NetStatus: str,
  SecurityPolicyDatabaseSet: z
    .array(z.object({ LocalCidrBlock: z.string(), RemoteCidrBlock: z.array(z.string()) }))
    .optional(),
  IKEOptionsSpecification: z.record(z.string(), z.unknown()).optional(),
  IPSECOptionsSpecification: z.record(z.string(), z.unknown()).optional(),
  EnableHealthCheck: z.boolean().optional(),
  HealthCheckLocalIp: str,
  HealthCheckRemoteIp: str,
  HealthCheckStatus: str,
  DpdEnable: z.number().optional(),
  DpdTimeout: str,
  DpdAction: str,
  TagSet: tencentTagSetOutputSchema,
  NegotiationType: str,
  BgpConfig: z
    .object({
      TunnelCidr: str,
      LocalBgpIp: str,
      RemoteBgpIp: str,
      LocalBgpAsn: str,
      RemoteBgpAsn: str,
    })
    .optional(),
});

export type TencentVpnConnection = z.infer<typeof tencentVpnConnectionSchema>;
