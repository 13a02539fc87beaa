import { z } from "zod";
import { bool, cidrPrefix, cidrV4, intRange, ipInCidr, ipv4, oneOf, positiveInt } from "../common";
import { alibabaIdSchema } from "./shared";

/**
 * JSON-string parameters of Alibaba CreateVpnConnection (cloud-api.md §4.4), validated as objects;
 * the action function serialises them with JSON.stringify.
 */

export const ALIBABA_IKE_ENC = ["aes", "aes192", "aes256", "des", "3des", "sm4"] as const;
export const ALIBABA_AUTH = ["md5", "sha1", "sha256", "sha384", "sha512", "sm3"] as const;
export const ALIBABA_IKE_PFS = ["group1", "group2", "group5", "group14"] as const;
export const ALIBABA_IPSEC_PFS = ["disabled", "group1", "group2", "group5", "group14"] as const;

const PSK = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?\\]{1,100}$/;

function noSpaces(field: string) {
  return z
    .string({ error: `${field} must be text` })
    .max(100, `${field} must be at most 100 characters`)
    .regex(/^\S*$/, `${field} must not contain spaces`);
}

export function ikeConfigSchema(prefix: string) {
  return z.object({
    Psk: z
      .string({ error: `${prefix}.Psk must be text` })
      .regex(PSK, `${prefix}.Psk must be 1–100 letters, digits or symbols, without spaces`)
      .optional(),
    IkeVersion: oneOf(`${prefix}.IkeVersion`, ["ikev1", "ikev2"]).optional(),
    IkeMode: oneOf(`${prefix}.IkeMode`, ["main", "aggressive"]).optional(),
    IkeEncAlg: oneOf(`${prefix}.IkeEncAlg`, ALIBABA_IKE_ENC).optional(),
    IkeAuthAlg: oneOf(`${prefix}.IkeAuthAlg`, ALIBABA_AUTH).optional(),
    IkePfs: oneOf(`${prefix}.IkePfs`, ALIBABA_IKE_PFS).optional(),
    IkeLifetime: intRange(`${prefix}.IkeLifetime`, 0, 86400).optional(),
    LocalId: noSpaces(`${prefix}.LocalId`).optional(),
    RemoteId: noSpaces(`${prefix}.RemoteId`).optional(),
  });
}

export function ipsecConfigSchema(prefix: string) {
  return z.object({
    IpsecEncAlg: oneOf(`${prefix}.IpsecEncAlg`, ALIBABA_IKE_ENC).optional(),
    IpsecAuthAlg: oneOf(`${prefix}.IpsecAuthAlg`, ALIBABA_AUTH).optional(),
    IpsecPfs: oneOf(`${prefix}.IpsecPfs`, ALIBABA_IPSEC_PFS).optional(),
    IpsecLifetime: intRange(`${prefix}.IpsecLifetime`, 0, 86400).optional(),
  });
}

export const healthCheckConfigSchema = z.object({
  enable: bool("HealthCheckConfig.enable").optional(),
  dip: ipv4("HealthCheckConfig.dip").optional(),
  sip: ipv4("HealthCheckConfig.sip").optional(),
  // The doc gives only defaults (interval 3 s, retry 3; cloud-api.md §4.4): no invented upper
  // bound here, the cloud judges the rest (unconfirmed).
  interval: positiveInt("HealthCheckConfig.interval").optional(),
  retry: positiveInt("HealthCheckConfig.retry").optional(),
});

/** TunnelCidr: a /30 inside 169.254.0.0/16, not 169.254.0.0/30–169.254.6.0/30 nor 169.254.169.252/30. */
function tunnelCidrProblem(cidr: string): string | undefined {
  if (cidrPrefix(cidr) !== 30) return "must be a /30";
  const [network = ""] = cidr.split("/");
  if (!ipInCidr(network, "169.254.0.0/16")) return "must be inside 169.254.0.0/16";
  const third = Number(network.split(".")[2]);
  const fourth = Number(network.split(".")[3]);
  if ((third <= 6 && fourth === 0) || network === "169.254.169.252") return "is reserved";
  return undefined;
}

function bgpShape(prefix: string) {
  return z.object({
    EnableBgp: bool(`${prefix}.EnableBgp`).optional(),
    LocalAsn: intRange(`${prefix}.LocalAsn`, 1, 4294967295).optional(),
    TunnelCidr: cidrV4(`${prefix}.TunnelCidr`).optional(),
    LocalBgpIp: ipv4(`${prefix}.LocalBgpIp`).optional(),
  });
}

function checkBgp(
  prefix: string,
  bgp: { TunnelCidr?: string | undefined; LocalBgpIp?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (bgp.TunnelCidr) {
    const problem = tunnelCidrProblem(bgp.TunnelCidr);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        path: ["TunnelCidr"],
        message: `${prefix}.TunnelCidr ${problem}`,
      });
    }
  }
  if (bgp.LocalBgpIp && bgp.TunnelCidr && !ipInCidr(bgp.LocalBgpIp, bgp.TunnelCidr)) {
    ctx.addIssue({
      code: "custom",
      path: ["LocalBgpIp"],
      message: `${prefix}.LocalBgpIp must be inside ${prefix}.TunnelCidr`,
    });
  }
}

/** The connection's BgpConfig (with EnableBgp). */
export function bgpConfigSchema(prefix: string) {
  return bgpShape(prefix).superRefine((bgp, ctx) => checkBgp(prefix, bgp, ctx));
}

/** A tunnel's TunnelBgpConfig (no EnableBgp: the connection's EnableTunnelsBgp decides). */
export function tunnelBgpConfigSchema(prefix: string) {
  return bgpShape(prefix)
    .omit({ EnableBgp: true })
    .superRefine((bgp, ctx) => checkBgp(prefix, bgp, ctx));
}

const T = "TunnelOptionsSpecification";

/**
 * One tunnel of a dual-tunnel connection. CustomerGatewayId is optional here because a link design
 * may leave it out to mean "the link's own customer gateway"; the request schema requires it.
 */
export const tunnelOptionsSchema = z.object({
  CustomerGatewayId: alibabaIdSchema(`${T}.CustomerGatewayId`, "cgw").optional(),
  Role: oneOf(`${T}.Role`, ["master", "slave"]),
  EnableDpd: bool(`${T}.EnableDpd`).optional(),
  EnableNatTraversal: bool(`${T}.EnableNatTraversal`).optional(),
  RemoteCaCertificate: z.string().optional(),
  TunnelBgpConfig: tunnelBgpConfigSchema(`${T}.TunnelBgpConfig`).optional(),
  TunnelIkeConfig: ikeConfigSchema(`${T}.TunnelIkeConfig`).optional(),
  TunnelIpsecConfig: ipsecConfigSchema(`${T}.TunnelIpsecConfig`).optional(),
});
