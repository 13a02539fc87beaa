/**
 * Endpoint rules (cloud-api.md §1.6, §3.5). The resolved endpoint is where we connect; for
 * Tencent the signing service is always `vpc` and the signed host is the connected hostname
 * without its port (docs/cloud-access.md explains why this works against a local simulator).
 */

export type ResolvedEndpoint = {
  /** Origin plus path `/`, e.g. `https://vpc.ap-guangzhou.tencentcloudapi.com/`. */
  url: string;
  /** `host[:port]` as sent in the Host header. */
  host: string;
};

const TENCENT_REGION = /^[a-z]{2}-[a-z]+(?:-[a-z0-9]+)*$/;
const ALIBABA_REGION = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Finance regions (`ap-shanghai-fsi`, `ap-shenzhen-fsi`, any `*-fsi`) need their own domain. */
export function isTencentFinanceRegion(region: string): boolean {
  return region.endsWith("-fsi");
}

/** Alibaba regions the official SDK routes to the central `vpc.aliyuncs.com`. */
export const ALIBABA_CENTRAL_VPC_REGIONS: readonly string[] = [
  "cn-hangzhou",
  "cn-shanghai-finance-1",
  "cn-shenzhen-finance-1",
  "cn-north-2-gov-1",
  "cn-hongkong-finance-pop",
  "cn-beijing-finance-pop",
  "cn-wuhan",
  "cn-fujian",
  "cn-zhangbei",
  "cn-yushanfang",
];

function fromOverride(override: string): ResolvedEndpoint {
  const url = new URL(override);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("endpoint override must be an http(s) URL");
  }
  return { url: `${url.protocol}//${url.host}/`, host: url.host };
}

function checkRegion(region: string, pattern: RegExp): void {
  if (!pattern.test(region)) throw new Error(`not a region id: ${JSON.stringify(region)}`);
}

/**
 * Tencent VPC endpoint: override when given, else always the regional domain
 * `vpc.<region>.tencentcloudapi.com` (mandatory for finance regions, and deterministic routing
 * for the rest). `nearest: true` picks `vpc.tencentcloudapi.com` for non-finance regions.
 */
export function resolveTencentEndpoint(options: {
  region: string;
  override?: string | undefined;
  nearest?: boolean;
}): ResolvedEndpoint {
  checkRegion(options.region, TENCENT_REGION);
  if (options.override) return fromOverride(options.override);
  const host =
    options.nearest && !isTencentFinanceRegion(options.region)
      ? "vpc.tencentcloudapi.com"
      : `vpc.${options.region}.tencentcloudapi.com`;
  return { url: `https://${host}/`, host };
}

/** Alibaba VPC endpoint: override, else the SDK's central set, else `vpc.<region>.aliyuncs.com`. */
export function resolveAlibabaEndpoint(options: {
  region: string;
  override?: string | undefined;
}): ResolvedEndpoint {
  checkRegion(options.region, ALIBABA_REGION);
  if (options.override) return fromOverride(options.override);
  const host = ALIBABA_CENTRAL_VPC_REGIONS.includes(options.region)
    ? "vpc.aliyuncs.com"
    : `vpc.${options.region}.aliyuncs.com`;
  return { url: `https://${host}/`, host };
}
