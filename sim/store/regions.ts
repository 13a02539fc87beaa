/**
 * The regions each simulated cloud serves: id, display name (as the cloud spells it by default),
 * its English name (Alibaba's DescribeRegions with AcceptLanguage en-US), zones.
 */
export interface SimRegion {
  id: string;
  name: string;
  englishName: string;
  zones: readonly string[];
}

const region = (id: string, name: string, zones: string[], englishName = name): SimRegion => ({
  id,
  name,
  englishName,
  zones,
});

export const TENCENT_REGIONS: readonly SimRegion[] = [
  region("ap-guangzhou", "South China (Guangzhou)", ["ap-guangzhou-3", "ap-guangzhou-6"]),
  region("ap-shanghai", "East China (Shanghai)", ["ap-shanghai-2", "ap-shanghai-5"]),
  region("ap-shanghai-fsi", "East China (Shanghai Finance)", [
    "ap-shanghai-fsi-1",
    "ap-shanghai-fsi-2",
  ]),
  region("ap-singapore", "Southeast Asia (Singapore)", ["ap-singapore-1"]),
];

export const ALIBABA_REGIONS: readonly SimRegion[] = [
  region("cn-hangzhou", "华东1（杭州）", ["cn-hangzhou-h", "cn-hangzhou-i"], "China (Hangzhou)"),
  region("cn-shanghai", "华东2（上海）", ["cn-shanghai-e", "cn-shanghai-f"], "China (Shanghai)"),
  region("ap-southeast-1", "新加坡", ["ap-southeast-1a", "ap-southeast-1b"], "Singapore"),
];

export function findRegion(regions: readonly SimRegion[], id: string): SimRegion | undefined {
  return regions.find((r) => r.id === id);
}
