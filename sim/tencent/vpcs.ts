import { z } from "zod";
import type { TcVpc } from "../store/model";
import { tcTaskStatus } from "../store/lifecycle";
import type { TcAction } from "./action";
import { TcError } from "./errors";
import { describeSelect, filterSchema, parseTencentParams, tencentTime } from "./params";

const numericString = (name: string) =>
  z.string().regex(/^\d+$/, `${name} must be a non-negative integer written as a string`);

const describeVpcsSchema = z.strictObject({
  VpcIds: z.array(z.string()).optional(),
  Filters: z.array(filterSchema).max(10).optional(),
  Offset: numericString("Offset").optional(),
  Limit: numericString("Limit").optional(),
});

export function tcVpcView(vpc: TcVpc) {
  return {
    VpcName: vpc.VpcName,
    VpcId: vpc.VpcId,
    CidrBlock: vpc.CidrBlock,
    IsDefault: vpc.IsDefault,
    EnableMulticast: false,
    CreatedTime: tencentTime(vpc.createdAt),
    DnsServerSet: ["183.60.83.19", "183.60.82.98"],
    DomainName: "",
    DhcpOptionsId: "",
    EnableDhcp: true,
    Ipv6CidrBlock: "",
    TagSet: [],
    AssistantCidrSet: vpc.AssistantCidrs.map((CidrBlock) => ({
      VpcId: vpc.VpcId,
      CidrBlock,
      AssistantType: 0,
      SubnetSet: [],
    })),
  };
}

export const describeVpcs: TcAction = {
  mutates: false,
  rateLimit: 100,
  run({ params, region, ctx }) {
    const p = parseTencentParams(describeVpcsSchema, params);
    const limit = Number(p.Limit ?? "20");
    if (limit < 1 || limit > 100)
      throw new TcError("InvalidParameterValue.Range", "Limit must be between 1 and 100.");
    const { total, page } = describeSelect({
      items: ctx.store.state.tencent.vpcs.filter((v) => v.region === region),
      ids: p.VpcIds,
      idsParam: "VpcIds",
      idOf: (v) => v.VpcId,
      filters: p.Filters,
      filterFields: {
        "vpc-id": (v) => v.VpcId,
        "vpc-name": (v) => v.VpcName,
        "cidr-block": (v) => v.CidrBlock,
        "is-default": (v) => (v.IsDefault ? "TRUE" : "FALSE"),
      },
      fuzzyFilters: ["vpc-name"],
      offset: Number(p.Offset ?? "0"),
      limit,
    });
    return { TotalCount: total, VpcSet: page.map(tcVpcView) };
  },
};

const describeTaskSchema = z.strictObject({
  TaskId: z.union([z.string().min(1), z.number().int()]),
});

export const describeVpcTaskResult: TcAction = {
  mutates: false,
  rateLimit: 20,
  run({ params, region, ctx, now }) {
    const p = parseTencentParams(describeTaskSchema, params);
    const taskId = String(p.TaskId);
    const task = ctx.store.state.tencent.tasks.find(
      (t) => t.TaskId === taskId && t.region === region,
    );
    if (!task) throw new TcError("ResourceNotFound", `The task \`${taskId}\` is not found.`);
    const status = tcTaskStatus(task, now);
    return {
      Status: status,
      Output: status === "SUCCESS" ? "success" : "",
      Result: status === "SUCCESS" ? [{ ResourceId: task.resourceId, Status: "SUCCESS" }] : [],
    };
  },
};
