import { z } from "zod";
import { ALIBABA_REGIONS } from "../store/seed";
import type { AliAction } from "./action";
import { aliBool, aliIsoTime, pageParams, paginate, parseAlibabaParams } from "./params";

export const describeRegions: AliAction = {
  mutates: false,
  ratePerMinute: 600,
  regionOptional: true,
  run({ params }) {
    const p = parseAlibabaParams(
      z.object({
        AcceptLanguage: z.enum(["zh-CN", "en-US", "ja"]).optional(),
        ProductType: z.string().optional(),
      }),
      params,
    );
    return {
      Regions: {
        Region: ALIBABA_REGIONS.map((r) => ({
          RegionId: r.RegionId,
          LocalName: p.AcceptLanguage === "en-US" ? r.RegionId : r.LocalName,
          RegionEndpoint: `vpc.${r.RegionId}.aliyuncs.com`,
        })),
      },
    };
  },
};

const describeVpcsSchema = z.object({
  VpcId: z.string().optional(),
  VpcName: z.string().optional(),
  IsDefault: aliBool.optional(),
  ...pageParams,
});

export const describeVpcs: AliAction = {
  mutates: false,
  ratePerMinute: 600,
  run({ params, region, ctx }) {
    const p = parseAlibabaParams(describeVpcsSchema, params);
    const ids = p.VpcId ? p.VpcId.split(",").map((s) => s.trim()) : undefined;
    const ali = ctx.store.state.alibaba;
    const rows = ali.vpcs.filter(
      (v) =>
        v.region === region &&
        (!ids || ids.includes(v.VpcId)) &&
        (p.VpcName === undefined || v.VpcName === p.VpcName) &&
        (p.IsDefault === undefined || v.IsDefault === p.IsDefault),
    );
    const { page, ...paging } = paginate(rows, p.PageNumber, p.PageSize);
    return {
      ...paging,
      Vpcs: {
        Vpc: page.map((v) => ({
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
          VSwitchIds: {
            VSwitchId: ali.vSwitches.filter((s) => s.VpcId === v.VpcId).map((s) => s.VSwitchId),
          },
          CreationTime: aliIsoTime(v.createdAt),
          Description: "",
          ResourceGroupId: "rg-sim-default",
          Tags: { Tag: [] },
        })),
      },
    };
  },
};
