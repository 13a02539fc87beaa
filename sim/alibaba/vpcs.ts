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
        LocalName: p.AcceptLanguage === "en-US" ? r.id : r.name,
        RegionEndpoint: `vpc.${r.id}.aliyuncs.com`,
      })),
    },
  }),
});

/** The `VSwitchIds` of a VPC's views (the VPC's and its route tables'). */
export function vSwitchIdsOf(ali: SimState["alibaba"], vpcId: string) {
  return { VSwitchId: ali.vSwitches.filter((s) => s.VpcId === vpcId).map((s) => s.VSwitchId) };
}

function aliVpcView(v: AliVpc, _now: number, ali: SimState["alibaba"]) {
  return {
    VpcId: v.VpcId,
    VpcName: v.VpcName,
    RegionId: v.region,
    Status: "Available",
    CidrBlock: v.CidrBlock,
    SecondaryCidrBlocks: { SecondaryCidrBlock: v.SecondaryCidrBlocks },
    UserCidrs: { UserCidr: [] },
    Ipv6CidrBlock: "",
    IsDefault: v.IsDefault,
    VRouterId: v.VRouterId,
    VSwitchIds: vSwitchIdsOf(ali, v.VpcId),
    CreationTime: aliIsoTime(v.createdAt),
    Description: "",
    ResourceGroupId: "rg-sim-default",
    Tags: { Tag: [] },
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
