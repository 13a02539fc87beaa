import type { LinkDesign } from "@/lib/schemas/link/design";

/** The searchable, filterable columns a design fills: name, kind, providers, regions, resource ids. */
export function linkColumnsOf(design: LinkDesign) {
  const sites = design.kind === "cloudToCloud" ? [design.tencent, design.alibaba] : [design.site];
  return {
    name: design.name,
    kind: design.kind,
    providers: [...new Set(sites.map((site) => site.provider))],
    regions: [...new Set(sites.map((site) => site.region))],
    resourceIds: [...new Set(resourceIdsOf(sites))].join(" "),
  };
}

/** Every string under a key ending in "Id" (vpcId, vswitchId, VpnGatewayId, ...). */
function resourceIdsOf(value: unknown, key = ""): string[] {
  if (typeof value === "string") return /id$/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => resourceIdsOf(item, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => resourceIdsOf(v, k));
  }
  return [];
}
