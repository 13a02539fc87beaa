import type { FormValues } from "./form-values";

/**
 * Switching an Alibaba tunnel between one tunnel and two (master + slave, `TunnelOptionsSpecification`).
 * The API takes the crypto, DPD, NAT traversal and BGP either at the top level or per tunnel, never
 * both; switching moves what was typed rather than dropping it.
 */

const PER_TUNNEL_ONLY = ["EnableDpd", "EnableNatTraversal", "RemoteCaCertificate"] as const;

const objectOr = (value: unknown): FormValues | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as FormValues)
    : undefined;

export function isDualTunnel(params: FormValues | undefined): boolean {
  return Array.isArray(params?.TunnelOptionsSpecification);
}

export function toDualTunnel(params: FormValues): FormValues {
  if (isDualTunnel(params)) return params;
  const { IkeConfig, IpsecConfig, BgpConfig, ...rest } = params;
  // Health checks have no per-tunnel form in the API: they do not carry over.
  delete rest.HealthCheckConfig;
  const { EnableBgp, ...tunnelBgp } = objectOr(BgpConfig) ?? {};
  const shared: FormValues = {};
  for (const field of PER_TUNNEL_ONLY) {
    if (rest[field] !== undefined) shared[field] = rest[field];
    delete rest[field];
  }
  const tunnel = (Role: "master" | "slave"): FormValues => ({
    Role,
    ...shared,
    TunnelIkeConfig: structuredClone(objectOr(IkeConfig) ?? {}),
    TunnelIpsecConfig: structuredClone(objectOr(IpsecConfig) ?? {}),
  });
  // A BGP tunnel CIDR is unique per gateway: only the master keeps the one typed.
  const master = {
    ...tunnel("master"),
    ...(Object.keys(tunnelBgp).length ? { TunnelBgpConfig: tunnelBgp } : {}),
  };
  return {
    ...rest,
    ...(EnableBgp !== undefined ? { EnableTunnelsBgp: EnableBgp } : {}),
    TunnelOptionsSpecification: [master, tunnel("slave")],
  };
}

export function toSingleTunnel(params: FormValues): FormValues {
  if (!isDualTunnel(params)) return params;
  const { TunnelOptionsSpecification, EnableTunnelsBgp, ...rest } = params;
  const tunnels = TunnelOptionsSpecification as FormValues[];
  const master = tunnels.find((t) => t.Role === "master") ?? tunnels[0] ?? {};
  const { TunnelIkeConfig, TunnelIpsecConfig, TunnelBgpConfig, ...shared } = master;
  // The tunnel's own peer and role have no single-tunnel counterpart.
  delete shared.CustomerGatewayId;
  delete shared.Role;
  const bgp = {
    ...(EnableTunnelsBgp !== undefined ? { EnableBgp: EnableTunnelsBgp } : {}),
    ...(objectOr(TunnelBgpConfig) ?? {}),
  };
  return {
    ...rest,
    ...shared,
    IkeConfig: objectOr(TunnelIkeConfig) ?? {},
    IpsecConfig: objectOr(TunnelIpsecConfig) ?? {},
    ...(Object.keys(bgp).length ? { BgpConfig: bgp } : {}),
  };
}
