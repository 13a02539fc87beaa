import { z } from "zod";
import {
  refineIdsOrFilters,
  tencentFiltersSchema,
  tencentIdsSchema,
  tencentPageResponseSchema,
  tencentTagSetOutputSchema,
  tencentTextPageRequestShape,
} from "./shared";

/** Tencent VPC 2017-03-12 DescribeVpcs (cloud-api.md §2.7). Offset/Limit are strings here. */

const VPC_FILTERS = [
  "vpc-name",
  "is-default",
  "vpc-id",
  "cidr-block",
  "tag-key",
  "ipv6-cidr-block",
  "isp-type",
  "address-type",
] as const;

export const describeVpcsRequestSchema = z
  .object({
    VpcIds: tencentIdsSchema("VpcIds", "vpc").optional(),
    Filters: tencentFiltersSchema(VPC_FILTERS, { tagFilters: true }).optional(),
    ...tencentTextPageRequestShape,
  })
  .superRefine(refineIdsOrFilters("VpcIds"));

export type DescribeVpcsRequest = z.input<typeof describeVpcsRequestSchema>;

export const tencentVpcSchema = z.object({
  VpcId: z.string(),
  VpcName: z.string().optional(),
  CidrBlock: z.string().optional(),
  IsDefault: z.boolean().optional(),
  EnableMulticast: z.boolean().optional(),
  CreatedTime: z.string().optional(),
  DnsServerSet: z.array(z.string()).optional(),
  DomainName: z.string().optional(),
  DhcpOptionsId: z.string().optional(),
  EnableDhcp: z.boolean().optional(),
  Ipv6CidrBlock: z.string().optional(),
  TagSet: tencentTagSetOutputSchema,
  AssistantCidrSet: z
    .array(
      z.object({
        VpcId: z.string().optional(),
        CidrBlock: z.string(),
        AssistantType: z.number().optional(),
      }),
    )
    .nullable()
    .optional(),
});
export type TencentVpc = z.infer<typeof tencentVpcSchema>;

export const describeVpcsResponseSchema = tencentPageResponseSchema("VpcSet", tencentVpcSchema);
