import { invalid, missing } from "./errors";

/**
 * Reads the flat `TunnelOptionsSpecification.N.*` parameters of a dual-tunnel CreateVpnConnection
 * (cloud-api.md §4.4). Both the portal and the official SDK flatten the list 1-based and the
 * nested configs with dots (`TunnelOptionsSpecification.1.TunnelIkeConfig.Psk`); the SDK sends
 * them in the form body, the portal in the query — the handler has merged both already.
 */

export const TUNNELS = "TunnelOptionsSpecification";

const SCALARS = [
  "CustomerGatewayId",
  "Role",
  "EnableDpd",
  "EnableNatTraversal",
  "RemoteCaCertificate",
] as const;
const CONFIGS = ["TunnelIkeConfig", "TunnelIpsecConfig", "TunnelBgpConfig"] as const;
/** Keys the configs hold as integers (the JSON form of IkeConfig has them as numbers). */
const INTEGER_KEYS = new Set(["IkeLifetime", "IpsecLifetime"]);

type Scalar = (typeof SCALARS)[number] | "TunnelId";
type Config = (typeof CONFIGS)[number];

export interface TunnelParams {
  /** The parameter prefix, e.g. `TunnelOptionsSpecification.1`, for error messages. */
  prefix: string;
  CustomerGatewayId: string;
  Role: "master" | "slave";
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  RemoteCaCertificate?: string;
  TunnelIkeConfig: Record<string, unknown>;
  TunnelIpsecConfig: Record<string, unknown>;
  TunnelBgpConfig: Record<string, string>;
}

interface RawTunnel {
  scalars: Partial<Record<Scalar, string>>;
  configs: Record<Config, Record<string, string>>;
}

export function hasTunnelOptions(params: Record<string, string>): boolean {
  return Object.keys(params).some((key) => key.startsWith(`${TUNNELS}.`));
}

function collect(
  params: Record<string, string>,
  scalars: readonly string[] = SCALARS,
): Map<number, RawTunnel> {
  const tunnels = new Map<number, RawTunnel>();
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(`${TUNNELS}.`)) continue;
    const [index = "", field = "", inner, ...extra] = key.slice(TUNNELS.length + 1).split(".");
    if (!/^[1-9]\d*$/.test(index)) throw invalid(key, "tunnels are numbered from 1");
    const tunnel = tunnels.get(Number(index)) ?? {
      scalars: {},
      configs: { TunnelIkeConfig: {}, TunnelIpsecConfig: {}, TunnelBgpConfig: {} },
    };
    tunnels.set(Number(index), tunnel);
    if (scalars.includes(field) && inner === undefined) {
      tunnel.scalars[field as Scalar] = value;
    } else if ((CONFIGS as readonly string[]).includes(field) && inner && extra.length === 0) {
      tunnel.configs[field as Config][inner] = value;
    } else if ((CONFIGS as readonly string[]).includes(field)) {
      throw invalid(key, `send ${field} flattened, one parameter per key (${field}.Psk=…)`);
    } else {
      throw invalid(key, "unknown tunnel parameter");
    }
  }
  return tunnels;
}

function flag(name: string, text: string | undefined): boolean {
  if (text === undefined) return true;
  if (text !== "true" && text !== "false") throw invalid(name, "must be true or false");
  return text === "true";
}

function withIntegers(config: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [
      k,
      INTEGER_KEYS.has(k) && /^-?\d+$/.test(v) ? Number(v) : v,
    ]),
  );
}

/**
 * The tunnels as sent: exactly two, numbered 1 and 2, one `master` and one `slave`, each with a
 * CustomerGatewayId. Config contents are checked later (connection-config.ts, tunnel-bgp.ts).
 */
export function readTunnelParams(params: Record<string, string>): TunnelParams[] {
  const raw = collect(params);
  if (raw.size !== 2 || !raw.has(1) || !raw.has(2)) {
    throw invalid(TUNNELS, "a dual-tunnel connection needs exactly 2 tunnels, numbered 1 and 2");
  }
  const tunnels = [1, 2].map((index): TunnelParams => {
    const prefix = `${TUNNELS}.${index}`;
    const { scalars, configs } = raw.get(index)!;
    if (!scalars.CustomerGatewayId) throw missing(`${prefix}.CustomerGatewayId`);
    if (!scalars.Role) throw missing(`${prefix}.Role`);
    if (scalars.Role !== "master" && scalars.Role !== "slave")
      throw invalid(`${prefix}.Role`, "must be master or slave");
    return {
      prefix,
      CustomerGatewayId: scalars.CustomerGatewayId,
      Role: scalars.Role,
      EnableDpd: flag(`${prefix}.EnableDpd`, scalars.EnableDpd),
      EnableNatTraversal: flag(`${prefix}.EnableNatTraversal`, scalars.EnableNatTraversal),
      ...(scalars.RemoteCaCertificate === undefined
        ? {}
        : { RemoteCaCertificate: scalars.RemoteCaCertificate }),
      TunnelIkeConfig: withIntegers(configs.TunnelIkeConfig),
      TunnelIpsecConfig: withIntegers(configs.TunnelIpsecConfig),
      TunnelBgpConfig: configs.TunnelBgpConfig,
    };
  });
  if (tunnels[0]!.Role === tunnels[1]!.Role) {
    throw invalid(`${TUNNELS}.2.Role`, "one tunnel must be master and the other slave");
  }
  return tunnels;
}

/** One tunnel of a dual-tunnel ModifyVpnConnectionAttribute: named by TunnelId, the rest optional. */
export interface TunnelChange {
  prefix: string;
  TunnelId: string;
  CustomerGatewayId?: string;
  Role?: string;
  EnableDpd?: boolean;
  EnableNatTraversal?: boolean;
  TunnelIkeConfig: Record<string, unknown>;
  TunnelIpsecConfig: Record<string, unknown>;
  TunnelBgpConfig: Record<string, string>;
}

export function readTunnelChanges(params: Record<string, string>): TunnelChange[] {
  return [...collect(params, [...SCALARS, "TunnelId"])].map(([index, { scalars, configs }]) => {
    const prefix = `${TUNNELS}.${index}`;
    if (!scalars.TunnelId) throw missing(`${prefix}.TunnelId`);
    const optionalFlag = (name: "EnableDpd" | "EnableNatTraversal") =>
      scalars[name] === undefined ? {} : { [name]: flag(`${prefix}.${name}`, scalars[name]) };
    return {
      prefix,
      TunnelId: scalars.TunnelId,
      CustomerGatewayId: scalars.CustomerGatewayId,
      Role: scalars.Role,
      ...optionalFlag("EnableDpd"),
      ...optionalFlag("EnableNatTraversal"),
      TunnelIkeConfig: withIntegers(configs.TunnelIkeConfig),
      TunnelIpsecConfig: withIntegers(configs.TunnelIpsecConfig),
      TunnelBgpConfig: configs.TunnelBgpConfig,
    };
  });
}
