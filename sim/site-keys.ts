/**
 * The simulator serves both sites of each cloud (China / International) by access key: the
 * configured key has no declared site (it is held to the rules both sites share, and allows what
 * either allows), and `<key>-china` / `<key>-international` (secret `<secret>-<site>`) are an
 * account on that site, held to its rules (cloud-api.md §4.1, §7.5, §7.10).
 */

export const SIM_SITES = ["china", "international"] as const;
export type SimSite = (typeof SIM_SITES)[number];

export interface SiteKey {
  keyId: string;
  secret: string;
  site: SimSite | undefined;
}

/** The configured key and its two site keys. */
export function siteKeys(keyId: string, secret: string): SiteKey[] {
  return [
    { keyId, secret, site: undefined },
    ...SIM_SITES.map((site) => ({ keyId: `${keyId}-${site}`, secret: `${secret}-${site}`, site })),
  ];
}

/** The key a request names, with its secret and site, if it is one of them. */
export function findSiteKey(keyId: string, configured: { keyId: string; secret: string }) {
  return siteKeys(configured.keyId, configured.secret).find((key) => key.keyId === keyId);
}

/**
 * The portal's variables for one account per site and provider on the simulator's site keys:
 * named accounts `china` and `international` next to `default` (which declares no site).
 */
export function siteAccountVariables(credentials: {
  tencent: { secretId: string; secretKey: string };
  alibaba: { accessKeyId: string; accessKeySecret: string };
}): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const site of SIM_SITES) {
    const name = site.toUpperCase();
    const tencent = `TENCENTCLOUD_ACCOUNT_${name}`;
    const alibaba = `ALIBABA_CLOUD_ACCOUNT_${name}`;
    variables[`${tencent}_SECRET_ID`] = `${credentials.tencent.secretId}-${site}`;
    variables[`${tencent}_SECRET_KEY`] = `${credentials.tencent.secretKey}-${site}`;
    variables[`${tencent}_SITE`] = site;
    variables[`${alibaba}_ACCESS_KEY_ID`] = `${credentials.alibaba.accessKeyId}-${site}`;
    variables[`${alibaba}_ACCESS_KEY_SECRET`] = `${credentials.alibaba.accessKeySecret}-${site}`;
    variables[`${alibaba}_SITE`] = site;
  }
  return variables;
}
