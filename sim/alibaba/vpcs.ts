import { storedFields } from "../store/stored-fields";
import { z } from "zod";
import { ALIBABA_REGIONS } from "../store/regions";
import { alibabaAction } from "./action";
import type { AliVpc, SimState } from "../store/model";
import { alibabaDescribe } from "./describe";
import { aliBool, aliIsoTime, matchesIfGiven } from "./params";

export const describeRegions = alibabaAction({
  mutates: false,
  ratePerMinute: 600,
  regionOptional: true,
  schema: z.object({
    AcceptLanguage: z.enum(["zh-CN", "en-US", "ja"]).optional(),
    ProductType: z.string().optional(),
  }),
  run: (p) => ({
    Regions: {
      Region: ALIBABA_REGIONS.map((r) => ({
        RegionId: r.id,
        LocalName: p.AcceptLanguage === "en-US" ? r.englishName : r.name,
        RegionEndpoint: `vpc.${r.id}.aliyuncs.com`,
      })),
    },
  }),
});

/**
 * What the views of a VPC and of its route tables share: the seeded network is Available,
 * undescribed, untagged and in the default resource group.
 */
export function seededNetworkView(ali: SimState["alibaba"], vpcId: string, createdAt: number) {
  return {
    Description: "",
    Status: "Available",
    CreationTime: aliIsoTime(createdAt),
    VSwitchIds: {
      VSwitchId: ali.vSwitches.filter((s) => s.VpcId === vpcId).map((s) => s.VSwitchId),
    },
    ResourceGroupId: "rg-sim-default",
    Tags: { Tag: [] },
  };
}

function aliVpcView(v: AliVpc, _now: number, ali: SimState["alibaba"]) {
  return {
    ...storedFields(v, ["VpcId", "VpcName", "CidrBlock"]),
    RegionId: v.region,
    SecondaryCidrBlocks: { SecondaryCidrBlock: v.SecondaryCidrBlocks },
    UserCidrs: { UserCidr: [] },
    Ipv6CidrBlock: "",
    IsDefault: v.IsDefault,
    VRouterId: v.VRouterId,
    ...seededNetworkView(ali, v.VpcId, v.createdAt),
  };
}

export const describeVpcs = alibabaDescribe({
  params: {
    VpcId: z.string().optional(),
    VpcName: z.string().optional(),
    IsDefault: aliBool.optional(),
  },
  rows: (ali) => ali.vpcs,
  matches: (v, p) =>
    (!p.VpcId || p.VpcId.split(",").some((id) => id.trim() === v.VpcId)) &&
    matchesIfGiven(p.VpcName, v.VpcName) &&
    matchesIfGiven(p.IsDefault, v.IsDefault),
  list: ["Vpcs", "Vpc"],
  view: aliVpcView,
});
