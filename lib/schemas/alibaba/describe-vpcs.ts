import { z } from "zod";
import { bool } from "../common";
import {
  alibabaDescribeRequestSchema,
  alibabaPageResponseSchema,
  alibabaTagsOutputSchema,
} from "./shared";

/** Alibaba VPC 2016-04-28 DescribeVpcs (cloud-api.md §4.6). */

export const describeVpcsRequestSchema = alibabaDescribeRequestSchema({
  /** Up to 20 ids, comma separated. */
  VpcId: z
    .string()
    .refine((value) => {
      const ids = value.split(",");
      return ids.length <= 20 && ids.every((id) => /^vpc-[0-9a-z]+$/.test(id.trim()));
    }, 'VpcId must be up to 20 ids starting with "vpc-", separated by commas')
    .optional(),
  VpcName: z
    .string()
    .min(1, "VpcName must not be empty")
    .max(128, "VpcName must be at most 128 characters")
    .optional(),
  IsDefault: bool("IsDefault").optional(),
  ResourceGroupId: z.string().min(1, "ResourceGroupId must not be empty").optional(),
  DhcpOptionsSetId: z.string().min(1, "DhcpOptionsSetId must not be empty").optional(),
  EnableIpv6: bool("EnableIpv6").optional(),
  VpcOwnerId: z.number().int("VpcOwnerId must be a whole number").optional(),
  DryRun: bool("DryRun").optional(),
});

export type DescribeVpcsRequest = z.input<typeof describeVpcsRequestSchema>;

export const alibabaVpcSchema = z.object({
  VpcId: z.string(),
  VpcName: z.string().optional(),
  CidrBlock: z.string().optional(),
  SecondaryCidrBlocks: z.object({ SecondaryCidrBlock: z.array(z.string()).optional() }).optional(),
  UserCidrs: z.object({ UserCidr: z.array(z.string()).optional() }).optional(),
  VSwitchIds: z.object({ VSwitchId: z.array(z.string()).optional() }).optional(),
  Ipv6CidrBlock: z.string().optional(),
  Status: z.string().optional(),
  IsDefault: z.boolean().optional(),
  RegionId: z.string().optional(),
  VRouterId: z.string().optional(),
  CreationTime: z.string().optional(),
  Description: z.string().optional(),
  Tags: alibabaTagsOutputSchema,
});
export type AlibabaVpc = z.infer<typeof alibabaVpcSchema>;

export const describeVpcsResponseSchema = alibabaPageResponseSchema(
  "Vpcs",
  "Vpc",
  alibabaVpcSchema,
);
