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
/** An IPv4 address field: a malformed one is InvalidParameterValue.Malformed. */
const ipv4Text = z.string().refine((text) => parseIpv4(text) !== undefined, {
  message: "must be an IPv4 address",
  params: { code: "InvalidParameterValue.Malformed" },
});

const PFS_GROUPS = ["NULL", ...IKE_DH_GROUPS.map((g) => `DH-${g}`)] as [string, ...string[]];

export const ikeSchema = z.strictObject({
  PropoEncryAlgorithm: z.enum(IKE_ENCRYPTION).optional(),
  PropoAuthenAlgorithm: z.enum(IKE_AUTHENTICATION).optional(),
  ExchangeMode: z.enum(["AGGRESSIVE", "MAIN"]).optional(),
  LocalIdentity: z.enum(["ADDRESS", "FQDN"]).optional(),
  RemoteIdentity: z.enum(["ADDRESS", "FQDN"]).optional(),
  LocalAddress: ipv4Text.optional(),
  RemoteAddress: ipv4Text.optional(),
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
  HealthCheckLocalIp: ipv4Text.optional(),
  HealthCheckRemoteIp: ipv4Text.optional(),
  RouteType: z.enum(["StaticRoute", "Policy", "Bgp", "STATIC"]).optional(),
  NegotiationType: z.enum(["active", "passive", "flowTrigger"]).optional(),
  DpdEnable: z.union([z.literal(0), z.literal(1)]).optional(),
  DpdTimeout: z
    .string()
    .regex(/^\d+$/, "DpdTimeout is a number of seconds as a string")
    .refine((text) => Number(text) >= 30 && Number(text) <= 60, "DpdTimeout must be 30-60 seconds")
    .optional(),
  DpdAction: z.enum(["clear", "restart"]).optional(),
  Route: z
    .strictObject({
      DestinationCidrBlock: z.string(),
      Priority: z.union([z.literal(0), z.literal(100)]).optional(),
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

/**
 * IKEOptionsSpecification: an FQDN identity needs its name (cloud-api.md §2.3). An ADDRESS
 * identity without its address is not refused: the doc gives it a default (the gateway's or the
 * customer gateway's IP), which the simulator fills in.
 */
const IDENTITY_NEEDS = [
  ["LocalIdentity", "FQDN", "LocalFqdnName"],
  ["RemoteIdentity", "FQDN", "RemoteFqdnName"],
] as const;

/**
 * The create's rules across fields (cloud-api.md §2.2, §2.3). Kept apart from the shape so that
 * ModifyVpnConnectionAttribute can pick fields from it; a missing field named here answers
 * MissingParameter, a present one InvalidParameterValue.
 */
export const createConnectionRulesSchema = createConnectionSchema.superRefine((p, ctx) => {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const ike = p.IKEOptionsSpecification;
  for (const [identity, kind, needed] of IDENTITY_NEEDS) {
    if (ike?.[identity] === kind && ike[needed] === undefined) {
      issue(["IKEOptionsSpecification", needed], `required when ${identity} is ${kind}`);
    }
  }
  if (p.DpdEnable !== 1) {
    for (const field of ["DpdTimeout", "DpdAction"] as const) {
      if (p[field] !== undefined) issue([field], "only with DpdEnable = 1");
    }
  }
  if (p.RouteType === "Bgp" && !p.BgpConfig) issue(["BgpConfig"], "required when RouteType is Bgp");
  if (p.BgpConfig && p.RouteType !== undefined && p.RouteType !== "Bgp") {
    issue(["BgpConfig"], `only for RouteType Bgp, not ${p.RouteType}`);
  }
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
          `The RemoteCidrBlock \`${text}\` overlaps the VPC CIDR \`${clash.text}\`.`,
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
          `The RemoteCidrBlock \`${text}\` overlaps \`${used}\` of another tunnel on this gateway.`,
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
