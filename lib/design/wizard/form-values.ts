import { RECOMMENDED_SUITE, toAlibabaConfig, toTencentOptions } from "../crypto/suite";
import type { LinkKind } from "../../schemas/link/design";
import type { WizardStep } from "../../schemas/link/wizard-draft";

/**
 * The wizard's form as typed: a design in the making (any shape; `linkDesignSchema` decides when
 * it is a design). Pure helpers for the wizard and its tests.
 */
export type FormValues = Record<string, unknown>;
export type Provider = "tencent" | "alibaba";

export const PROVIDERS: readonly Provider[] = ["tencent", "alibaba"];

/** Which steps a kind of link walks through (a cloud ↔ cloud link has no on-premises peer). */
export function stepsFor(kind: LinkKind | undefined): WizardStep[] {
  switch (kind) {
    case "gateway":
      return ["kind", "where", "gateway", "review"];
    case "tunnel":
    case "onPrem":
      return ["kind", "where", "gateway", "peer", "tunnel", "review"];
    case "cloudToCloud":
      return ["kind", "where", "gateway", "tunnel", "review"];
    default:
      return ["kind"];
  }
}

/** The step where the field at `path` (a dotted design path) is edited. */
export function stepOfPath(path: string): WizardStep {
  const [head, second] = path.split(".");
  if (head === "kind" || head === "name" || head === "reason" || head === undefined) return "kind";
  if (head === "tunnel") return "tunnel";
  if (second === "gateway") return "gateway";
  if (second === "peer") return "peer";
  // A side's routes are edited with its tunnel.
  if (second === "tunnel" || second === "routes") return "tunnel";
  return "where";
}

export function newGatewayParams(provider: Provider): FormValues {
  return provider === "tencent"
    ? {
        VpnGatewayName: "",
        InternetMaxBandwidthOut: 10,
        InstanceChargeType: "POSTPAID_BY_HOUR",
        Type: "IPSEC",
      }
    : {
        Name: "",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY",
        AutoPay: false,
        EnableIpsec: true,
        EnableSsl: false,
      };
}

/** A new tunnel starts from the recommended suite (the API defaults are weak: DH group 1, MD5). */
export function newTunnelParams(provider: Provider): FormValues {
  return provider === "tencent"
    ? {
        VpnConnectionName: "",
        RouteType: "Policy",
        SecurityPolicyDatabases: [{ LocalCidrBlock: "", RemoteCidrBlock: [""] }],
        ...toTencentOptions(RECOMMENDED_SUITE),
      }
    : {
        Name: "",
        LocalSubnet: "",
        RemoteSubnet: "",
        EffectImmediately: true,
        ...toAlibabaConfig(RECOMMENDED_SUITE),
      };
}

function newSite(provider: Provider, kind: LinkKind): FormValues {
  const site: FormValues = {
    provider,
    account: "default",
    region: "",
    vpcId: "",
    vpcCidrs: [],
    gateway:
      kind === "tunnel"
        ? { mode: "existing", id: "" }
        : { mode: "new", params: newGatewayParams(provider) },
  };
  if (kind === "tunnel" || kind === "onPrem") {
    site.peer = {
      mode: "new",
      params:
        provider === "tencent"
          ? { CustomerGatewayName: "", IpAddress: "" }
          : { Name: "", IpAddress: "" },
    };
    site.tunnel = { psk: "", params: newTunnelParams(provider) };
  }
  return site;
}

/** A fresh form for a kind (keeping the name and reason already typed). */
export function valuesForKind(
  kind: LinkKind,
  previous: FormValues = {},
  provider: Provider = "tencent",
): FormValues {
  const about = { name: previous.name ?? "", reason: previous.reason ?? "" };
  if (kind === "cloudToCloud") {
    return {
      kind,
      ...about,
      tencent: newSite("tencent", kind),
      alibaba: { ...newSite("alibaba", kind), vswitchId: "" },
      tunnel: {
        name: "",
        psk: "",
        suite: structuredClone(RECOMMENDED_SUITE),
        tencentCidrs: [""],
        alibabaCidrs: [""],
      },
    };
  }
  return { kind, ...about, site: newSite(provider, kind) };
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/**
 * The form as a design: blank optional fields dropped (an empty text box means "not set", so the
 * API's default applies), numbers that are not numbers dropped, empty option groups dropped.
 */
export function cleanValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanValues);
  if (typeof value === "object" && value !== null) {
    const out: FormValues = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanValues(item);
      if (
        cleaned === undefined ||
        cleaned === "" ||
        Number.isNaN(cleaned) ||
        isEmptyObject(cleaned)
      )
        continue;
      out[key] = cleaned;
    }
    return out;
  }
  return value;
}

/** Reads a dotted path ("site.tunnel.params.Name") out of the form. */
export function valueAt(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as FormValues)[part] : undefined),
      values,
    );
}

/** Where the key lives in a design of this kind, if it has one. */
export function pskPathOf(kind: unknown): string | undefined {
  if (kind === "tunnel" || kind === "onPrem") return "site.tunnel.psk";
  if (kind === "cloudToCloud") return "tunnel.psk";
  return undefined;
}
