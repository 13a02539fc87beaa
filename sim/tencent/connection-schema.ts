import { z } from "zod";
import {
  IKE_AUTHENTICATION,
  IKE_DH_GROUPS,
  IKE_ENCRYPTION,
  IPSEC_ENCRYPTION,
  IPSEC_INTEGRITY,
  IPSEC_INTEGRITY_LEGACY,
} from "@/lib/schemas/tencent/shared";
import { cidrContains, cidrsOverlap, parseCidr, parseIpv4, type Cidr } from "../cidr";
import type { TcSpd, TcVpnConnection } from "../store/model";
import { TcError } from "./errors";
import { tagSchema } from "./params";

// The API's enumerations, shared with the portal's request schemas (one list per field).
const PFS_GROUPS = ["NULL", ...IKE_DH_GROUPS.map((g) => `DH-${g}`)] as [string, ...string[]];

export const ikeSchema = z.strictObject({
  PropoEncryAlgorithm: z.enum(IKE_ENCRYPTION).optional(),
  PropoAuthenAlgorithm: z.enum(IKE_AUTHENTICATION).optional(),
  ExchangeMode: z.enum(["AGGRESSIVE", "MAIN"]).optional(),
  LocalIdentity: z.enum(["ADDRESS", "FQDN"]).optional(),
  RemoteIdentity: z.enum(["ADDRESS", "FQDN"]).optional(),
  LocalAddress: z.string().optional(),
  RemoteAddress: z.string().optional(),
  LocalFqdnName: z.string().optional(),
  RemoteFqdnName: z.string().optional(),
  DhGroupName: z.enum(IKE_DH_GROUPS).optional(),
  IKESaLifetimeSeconds: z.number().int().min(60).max(604800).optional(),
  IKEVersion: z.enum(["IKEV1", "IKEV2"]).optional(),
});

export const ipsecSchema = z.strictObject({
  EncryptAlgorithm: z.enum(IPSEC_ENCRYPTION).optional(),
  IntegrityAlgorith: z.enum(IPSEC_INTEGRITY_LEGACY).optional(),
  IntegrityAlgorithm: z.enum(IPSEC_INTEGRITY).optional(),
  IPSECSaLifetimeSeconds: z.number().int().min(180).max(604800).optional(),
  // Strict: only the API reference's DH-GROUPn spelling (cloud-api.md §7.2).
  PfsDhGroup: z.enum(PFS_GROUPS).optional(),
  IPSECSaLifetimeTraffic: z.number().int().min(2560).max(4294967295).optional(),
});

export const createConnectionSchema = z.strictObject({
  VpnGatewayId: z.string(),
  CustomerGatewayId: z.string(),
  VpnConnectionName: z.string().min(1).max(60),
  PreShareKey: z.string().max(128),
  VpcId: z.string().optional(),
  SecurityPolicyDatabases: z
    .array(
      z.strictObject({ LocalCidrBlock: z.string(), RemoteCidrBlock: z.array(z.string()).min(1) }),
    )
    .optional(),
  IKEOptionsSpecification: ikeSchema.optional(),
  IPSECOptionsSpecification: ipsecSchema.optional(),
  Tags: z.array(tagSchema).optional(),
  EnableHealthCheck: z.boolean().optional(),
  HealthCheckLocalIp: z.string().optional(),
  HealthCheckRemoteIp: z.string().optional(),
  RouteType: z.enum(["StaticRoute", "Policy", "Bgp", "STATIC"]).optional(),
  NegotiationType: z.enum(["active", "passive", "flowTrigger"]).optional(),
  DpdEnable: z.union([z.literal(0), z.literal(1)]).optional(),
  DpdTimeout: z.string().regex(/^\d+$/, "DpdTimeout is a number of seconds as a string").optional(),
  DpdAction: z.enum(["clear", "restart"]).optional(),
  Route: z
    .strictObject({
      DestinationCidrBlock: z.string(),
      Priority: z.number().int().optional(),
      Description: z.string().optional(),
    })
    .optional(),
  BgpConfig: z
    .strictObject({ TunnelCidr: z.string(), LocalBgpIp: z.string(), RemoteBgpIp: z.string() })
    .optional(),
  HealthCheckConfig: z
    .strictObject({
      ProbeType: z.enum(["NQA"]).optional(),
      ProbeInterval: z.number().int().min(1000).max(5000).optional(),
      ProbeThreshold: z.number().int().min(3).max(8).optional(),
      ProbeTimeout: z.number().int().min(10).max(5000).optional(),
    })
    .optional(),
});

export type CreateConnectionParams = z.infer<typeof createConnectionSchema>;

function cidrOrThrow(param: string, text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr)
    throw new TcError(
      "InvalidParameterValue.Malformed",
      `The CIDR \`${text}\` of parameter \`${param}\` is malformed.`,
    );
  return cidr;
}

/** Checks the security policy databases against the VPC and the gateway's other tunnels. */
export function checkSpd(options: {
  spd: TcSpd[];
  vpcCidrs: string[];
  siblings: TcVpnConnection[];
}): void {
  const vpc = options.vpcCidrs.map((c) => cidrOrThrow("VpcCidr", c));
  const taken = options.siblings.flatMap((s) =>
    s.SecurityPolicyDatabaseSet.flatMap((d) => d.RemoteCidrBlock),
  );
  options.spd.forEach((entry, i) => {
    const local = cidrOrThrow(`SecurityPolicyDatabases.${i}.LocalCidrBlock`, entry.LocalCidrBlock);
    if (!vpc.some((v) => cidrContains(v, local))) {
      throw new TcError(
        "InvalidParameterValue",
        `LocalCidrBlock \`${entry.LocalCidrBlock}\` is not inside the VPC's CIDR blocks (${options.vpcCidrs.join(", ")}).`,
      );
    }
    entry.RemoteCidrBlock.forEach((text, j) => {
      const remote = cidrOrThrow(`SecurityPolicyDatabases.${i}.RemoteCidrBlock.${j}`, text);
      const clash = vpc.find((v) => cidrsOverlap(v, remote));
      if (clash) {
        throw new TcError(
          "InvalidParameterValue.VpcCidrConflict",
          `The remote CIDR \`${text}\` overlaps the VPC CIDR \`${clash.text}\`.`,
        );
      }
      if (cidrsOverlap(local, remote)) {
        throw new TcError(
          "InvalidParameterValue.VpnConnSpdCidrConflict",
          `The SPD source \`${entry.LocalCidrBlock}\` overlaps its destination \`${text}\`.`,
        );
      }
      const used = taken.find((t) => {
        const other = parseCidr(t);
        return other !== undefined && cidrsOverlap(other, remote);
      });
      if (used) {
        throw new TcError(
          "InvalidParameterValue.VpnConnCidrConflict",
          `The remote CIDR \`${text}\` overlaps \`${used}\` of another tunnel on this gateway.`,
        );
      }
    });
  });
}

/** BGP tunnel: a /30 inside 169.254.0.0/16 holding both BGP addresses. */
export function checkBgp(bgp: {
  TunnelCidr: string;
  LocalBgpIp: string;
  RemoteBgpIp: string;
}): void {
  const tunnel = cidrOrThrow("BgpConfig.TunnelCidr", bgp.TunnelCidr);
  if (tunnel.bits !== 30)
    throw new TcError(
      "InvalidParameterValue.VpnConnBgpTunnelCidrMask",
      "BgpConfig.TunnelCidr must be a /30.",
    );
  for (const [name, value] of [
    ["LocalBgpIp", bgp.LocalBgpIp],
    ["RemoteBgpIp", bgp.RemoteBgpIp],
  ] as const) {
    const ip = parseIpv4(value);
    if (!ip)
      throw new TcError(
        "InvalidParameterValue.Malformed",
        `BgpConfig.${name} \`${value}\` is malformed.`,
      );
    if (!ip.match(tunnel.address, tunnel.bits)) {
      throw new TcError(
        "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported",
        `BgpConfig.${name} must lie inside ${bgp.TunnelCidr}.`,
      );
    }
  }
}
