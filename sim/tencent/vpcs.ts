import { z } from "zod";
import type { TcVpc } from "../store/model";
import { tcTaskStatus } from "../store/lifecycle";
import { tencentAction } from "./action";
import { TcError } from "./errors";
import { tencentDescribe } from "./describe";
import { tencentTime } from "./params";
import { storedFields } from "../store/stored-fields";

export function tcVpcView(vpc: TcVpc) {
  return {
    ...storedFields(vpc, ["VpcName", "VpcId", "CidrBlock", "IsDefault"]),
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

export const describeVpcs = tencentDescribe<TcVpc>({
  idField: "VpcId",
  rows: (tc) => tc.vpcs,
  fieldFilters: ["VpcName", "CidrBlock"],
  filters: () => ({ "is-default": (v) => (v.IsDefault ? "TRUE" : "FALSE") }),
  fuzzyFilters: ["vpc-name"],
  pagingAsText: true,
  setName: "VpcSet",
  view: tcVpcView,
});

const describeTaskSchema = z.strictObject({
  TaskId: z.union([z.string().min(1), z.number().int()]),
});

export const describeVpcTaskResult = tencentAction({
  mutates: false,
  rateLimit: 20,
  schema: describeTaskSchema,
  run(p, { region, now, tc }) {
    const taskId = String(p.TaskId);
    const task = tc.tasks.find((t) => t.TaskId === taskId && t.region === region);
    if (!task) throw new TcError("ResourceNotFound", `The task \`${taskId}\` is not found.`);
    const status = tcTaskStatus(task, now);
    return {
      Status: status,
      Output: status === "SUCCESS" ? "success" : "",
      Result: status === "SUCCESS" ? [{ ResourceId: task.resourceId, Status: "SUCCESS" }] : [],
    };
  },
});
