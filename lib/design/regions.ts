/**
 * Region facts the wizard shows (client-safe). Tencent has no region-list call in the VPC API, so
 * its list is the SDK's documented region ids (cloud-api.md §1.4); Alibaba's comes live from
 * DescribeRegions.
 */
export const TENCENT_REGION_IDS = [
  "ap-guangzhou",
  "ap-shanghai",
  "ap-shanghai-fsi",
  "ap-shenzhen-fsi",
  "ap-beijing",
  "ap-chengdu",
  "ap-chongqing",
  "ap-nanjing",
  "ap-hongkong",
  "ap-singapore",
  "ap-bangkok",
  "ap-jakarta",
  "ap-mumbai",
  "ap-seoul",
  "ap-tokyo",
  "eu-frankfurt",
  "na-ashburn",
  "na-siliconvalley",
  "na-toronto",
  "sa-saopaulo",
] as const;

/** Finance-cloud regions: their own API domain, and usually their own compliance review. */
export function isFinanceRegion(region: string): boolean {
  return region.endsWith("-fsi") || /-finance-/.test(region);
}
