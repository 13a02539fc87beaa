import { RECOMMENDED_SUITE, toAlibabaConfig, toTencentOptions } from "./suite";

/**
 * The one-click fix of the crypto lint: a copy of a design whose every tunnel uses
 * RECOMMENDED_SUITE (the strongest suite both clouds and strongSwan offer), written in each
 * cloud's own API vocabulary. Everything else is kept: names, networks, identities
 * (LocalIdentity, LocalId…), DPD, and the pre-shared key when the design carries one.
 * Works on a full design (the wizard) and on a stored one without its key (the link page).
 */

type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const objectAt = (value: unknown): Json => (isObject(value) ? value : {});

function tencentTunnelParams(params: Json): Json {
  const recommended = toTencentOptions(RECOMMENDED_SUITE);
  // The newer IntegrityAlgorithm spelling would compete with IntegrityAlgorith; one field says it.
  const ipsec = { ...objectAt(params.IPSECOptionsSpecification) };
  delete ipsec.IntegrityAlgorithm;
  return {
    ...params,
    IKEOptionsSpecification: {
      ...objectAt(params.IKEOptionsSpecification),
      ...recommended.IKEOptionsSpecification,
    },
    IPSECOptionsSpecification: { ...ipsec, ...recommended.IPSECOptionsSpecification },
  };
}

function alibabaTunnelParams(params: Json): Json {
  const recommended = toAlibabaConfig(RECOMMENDED_SUITE);
  if (Array.isArray(params.TunnelOptionsSpecification)) {
    // Dual-tunnel connections carry their crypto per tunnel, never at the top level.
    return {
      ...params,
      TunnelOptionsSpecification: params.TunnelOptionsSpecification.map((tunnel: unknown) => ({
        ...objectAt(tunnel),
        TunnelIkeConfig: {
          ...objectAt(objectAt(tunnel).TunnelIkeConfig),
          ...recommended.IkeConfig,
        },
        TunnelIpsecConfig: {
          ...objectAt(objectAt(tunnel).TunnelIpsecConfig),
          ...recommended.IpsecConfig,
        },
      })),
    };
  }
  return {
    ...params,
    IkeConfig: { ...objectAt(params.IkeConfig), ...recommended.IkeConfig },
    IpsecConfig: { ...objectAt(params.IpsecConfig), ...recommended.IpsecConfig },
  };
}

/** A design shape this function understands: the kind, and the rest as the schema has it. */
type DesignLike = { kind: string };

export function withStrongestSuite<D extends DesignLike>(design: D): D {
  const copy: Json = structuredClone(design);
  if (copy.kind === "cloudToCloud") {
    const tunnel = objectAt(copy.tunnel);
    copy.tunnel = { ...tunnel, suite: structuredClone(RECOMMENDED_SUITE) };
  }
  if (copy.kind === "tunnel" || copy.kind === "onPrem") {
    const site = objectAt(copy.site);
    const tunnel = objectAt(site.tunnel);
    const params = objectAt(tunnel.params);
    const rewritten =
      site.provider === "tencent" ? tencentTunnelParams(params) : alibabaTunnelParams(params);
    copy.site = { ...site, tunnel: { ...tunnel, params: rewritten } };
  }
  return copy as D;
}
