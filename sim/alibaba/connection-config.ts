import { randomBytes } from "node:crypto";
import { z } from "zod";
import { cidrsOverlap, parseCidr, parseIpv4, type Cidr } from "../cidr";
import type { SimState } from "../store/model";
import { AliError, invalid } from "./errors";
import { aliBool, aliLabel } from "./params";
import { tunnelBgpConfig } from "./tunnel-bgp";

const PSK = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]\\|;:",.<>/?]{1,100}$/;

const ikeSchema = z.strictObject({
  Psk: z.string().regex(PSK, "1-100 letters, digits or symbols, no spaces").optional(),
  IkeVersion: z.enum(["ikev1", "ikev2"]).optional(),
  IkeMode: z.enum(["main", "aggressive"]).optional(),
  IkeEncAlg: z.enum(["aes", "aes192", "aes256", "des", "3des", "sm4"]).optional(),
  IkeAuthAlg: z.enum(["md5", "sha1", "sha256", "sha384", "sha512", "sm3"]).optional(),
  IkePfs: z.enum(["group1", "group2", "group5", "group14"]).optional(),
  IkeLifetime: z.number().int().min(0).max(86400).optional(),
  LocalId: z.string().max(100).regex(/^\S*$/, "no spaces").optional(),
  RemoteId: z.string().max(100).regex(/^\S*$/, "no spaces").optional(),
});

const ipsecSchema = z.strictObject({
  IpsecEncAlg: z.enum(["aes", "aes192", "aes256", "des", "3des", "sm4"]).optional(),
  IpsecAuthAlg: z.enum(["md5", "sha1", "sha256", "sha384", "sha512", "sm3"]).optional(),
  IpsecPfs: z.enum(["disabled", "group1", "group2", "group5", "group14"]).optional(),
  IpsecLifetime: z.number().int().min(0).max(86400).optional(),
});

const ipv4 = z.string().refine((text) => parseIpv4(text) !== undefined, "an IPv4 address");

/** HealthCheckConfig (lower-case keys, cloud-api.md §4.4): the doc gives defaults, not ranges. */
const healthCheckSchema = z.strictObject({
  enable: z.boolean().optional(),
  dip: ipv4.optional(),
  sip: ipv4.optional(),
  interval: z.number().int().min(1).optional(),
  retry: z.number().int().min(1).optional(),
});

const bgpSchema = z.strictObject({
  EnableBgp: z.boolean().optional(),
  LocalAsn: z.number().int().optional(),
  TunnelCidr: z.string().optional(),
  LocalBgpIp: z.string().optional(),
});

function checked<S extends z.ZodType>(name: string, value: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.map(String).join(".") ?? "";
    throw invalid(key ? `${name}.${key}` : name, issue?.message ?? "invalid");
  }
  return result.data;
}

function parseJsonParam<S extends z.ZodType>(
  name: string,
  text: string | undefined,
  schema: S,
): z.infer<S> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid(name, "must be a JSON object string");
  }
  return checked(name, value, schema);
}

const randomPsk = () => randomBytes(8).toString("hex");

function ikeWithDefaults(given: z.infer<typeof ikeSchema>, localIp: string, remoteIp: string) {
  return {
    Psk: randomPsk(),
    IkeVersion: "ikev1",
    IkeMode: "main",
    IkeEncAlg: "aes",
    IkeAuthAlg: "md5",
    IkePfs: "group2",
    IkeLifetime: 86400,
    LocalId: localIp,
    RemoteId: remoteIp,
    ...given,
  };
}

function ipsecWithDefaults(given: z.infer<typeof ipsecSchema>) {
  return {
    IpsecEncAlg: "aes",
    IpsecAuthAlg: "md5",
    IpsecPfs: "group2",
    IpsecLifetime: 86400,
    ...given,
  };
}

/** Single-tunnel `IkeConfig` (a JSON string), with the API's defaults filled in. */
export function ikeConfig(
  text: string | undefined,
  localIp: string,
  remoteIp: string,
): Record<string, unknown> {
  return ikeWithDefaults(parseJsonParam("IkeConfig", text, ikeSchema) ?? {}, localIp, remoteIp);
}

export function ipsecConfig(text: string | undefined): Record<string, unknown> {
  return ipsecWithDefaults(parseJsonParam("IpsecConfig", text, ipsecSchema) ?? {});
}

/** Single-tunnel `HealthCheckConfig` (a JSON string), checked. */
export function healthCheckConfig(text: string | undefined): Record<string, unknown> | undefined {
  return parseJsonParam("HealthCheckConfig", text, healthCheckSchema);
}

/**
 * Single-tunnel `BgpConfig` (a JSON string): EnableBgp, then LocalAsn, TunnelCidr and LocalBgpIp
 * checked like a dual tunnel's TunnelBgpConfig (a /30 in 169.254.0.0/16, not a reserved one).
 */
export function bgpConfig(text: string | undefined): Record<string, unknown> | undefined {
  const given = parseJsonParam("BgpConfig", text, bgpSchema);
  if (!given) return undefined;
  const { EnableBgp, ...addresses } = given;
  const asText = Object.fromEntries(
    Object.entries(addresses).map(([key, value]) => [key, String(value)]),
  );
  return { EnableBgp: EnableBgp ?? false, ...tunnelBgpConfig("BgpConfig", asText) };
}

/** A tunnel's `TunnelIkeConfig` (already an object), checked like IkeConfig. */
export function tunnelIkeConfig(
  name: string,
  given: Record<string, unknown>,
  localIp: string,
  remoteIp: string,
): Record<string, unknown> {
  return ikeWithDefaults(checked(name, given, ikeSchema), localIp, remoteIp);
}

/** A tunnel's `TunnelIpsecConfig` (already an object), checked like IpsecConfig. */
export function tunnelIpsecConfig(
  name: string,
  given: Record<string, unknown>,
): Record<string, unknown> {
  return ipsecWithDefaults(checked(name, given, ipsecSchema));
}

/** `a/b,c/d` → parsed CIDRs; any malformed entry is InvalidParameter. */
export function parseSubnets(name: string, text: string): Cidr[] {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length > 10) throw invalid(name, "at most 10 CIDR blocks");
  return parts.map((part) => {
    const cidr = parseCidr(part);
    if (!cidr) throw invalid(name, `"${part}" is not a valid IPv4 CIDR block`);
    return cidr;
  });
}

/** The connection settings CreateVpnConnection takes and ModifyVpnConnectionAttribute changes. */
export const connectionSettingParams = {
  Name: aliLabel.optional(),
  EffectImmediately: aliBool.optional(),
  AutoConfigRoute: aliBool.optional(),
  IkeConfig: z.string().optional(),
  IpsecConfig: z.string().optional(),
  HealthCheckConfig: z.string().optional(),
  BgpConfig: z.string().optional(),
  EnableDpd: aliBool.optional(),
  EnableNatTraversal: aliBool.optional(),
  RemoteCaCertificate: z.string().optional(),
  EnableTunnelsBgp: aliBool.optional(),
};

/** The CIDR blocks of the VPC of the gateway with this id (none if either is gone). */
export function gatewayVpcCidrs(ali: SimState["alibaba"], vpnGatewayId: string): Cidr[] {
  const gw = ali.vpnGateways.find((g) => g.VpnGatewayId === vpnGatewayId);
  const vpc = ali.vpcs.find((v) => v.VpcId === gw?.VpcId);
  return (vpc ? [vpc.CidrBlock, ...vpc.SecondaryCidrBlocks] : [])
    .map(parseCidr)
    .filter((c): c is Cidr => !!c);
}

/**
 * Protected-data-flow checks: the IDC side must not overlap the VPC (the route would shadow it),
 * and the two sides must not overlap each other. `0.0.0.0/0` on both sides = destination routing.
 */
export function checkSubnets(local: Cidr[], remote: Cidr[], vpcCidrs: Cidr[]): void {
  const any = (list: Cidr[]) => list.length === 1 && list[0]?.bits === 0;
  if (any(local) && any(remote)) return;
  for (const r of remote) {
    if (r.bits === 0) continue;
    const clash = vpcCidrs.find((v) => cidrsOverlap(v, r));
    if (clash) {
      throw new AliError(
        "InvalidRemoteSubnet.Conflict",
        `RemoteSubnet ${r.text} overlaps the VPC CIDR block ${clash.text}.`,
      );
    }
    const self = local.find((l) => l.bits !== 0 && cidrsOverlap(l, r));
    if (self)
      throw new AliError(
        "InvalidRemoteSubnet.Conflict",
        `RemoteSubnet ${r.text} overlaps LocalSubnet ${self.text}.`,
      );
  }
}

/** What a Modify's IkeConfig / IpsecConfig (JSON strings) set, checked, without defaults. */
export const ikeConfigChange = (text: string | undefined) =>
  parseJsonParam("IkeConfig", text, ikeSchema) ?? {};
export const ipsecConfigChange = (text: string | undefined) =>
  parseJsonParam("IpsecConfig", text, ipsecSchema) ?? {};

/** What a Modify's per-tunnel TunnelIkeConfig / TunnelIpsecConfig set, checked, without defaults. */
export const tunnelIkeChange = (name: string, given: Record<string, unknown>) =>
  checked(name, given, ikeSchema);
export const tunnelIpsecChange = (name: string, given: Record<string, unknown>) =>
  checked(name, given, ipsecSchema);
