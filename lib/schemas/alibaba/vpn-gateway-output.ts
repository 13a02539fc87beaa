import { z } from "zod";
import { str, num } from "../answer-fields";
import { alibabaTagsOutputSchema } from "./shared";

/** VPN gateway fields returned by DescribeVpnGateway(s) (cloud-api.md §4.2). */

export const alibabaVpnGatewaySchema = z.object({
  VpnGatewayId: z.string(),
  Name: str,
  Description: str,
  VpcId: str,
  VSwitchId: str,
  DisasterRecoveryVSwitchId: str,
  InternetIp: str,
  DisasterRecoveryInternetIp: str,
  SslVpnInternetIp: str,
  /** init, provisioning, active, updating, deleting */
  Status: str,
  /** Normal, FinancialLocked */
  BusinessStatus: str,
  IpsecVpn: str,
  SslVpn: str,
  SslMaxConnections: num,
  Spec: str,
  ChargeType: str,
  CreateTime: num,
  EndTime: num,
  EnableBgp: z.boolean().optional(),
  AutoPropagate: z.boolean().optional(),
  NetworkType: str,
  VpnType: str,
  GatewayType: str,
  ResourceGroupId: str,
  Tag: str,
  Tags: alibabaTagsOutputSchema,
});
export type AlibabaVpnGateway = z.infer<typeof alibabaVpnGatewaySchema>;
