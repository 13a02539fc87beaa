import { z } from "zod";
import { oneOf } from "../common";
import { alibabaRequestIdSchema } from "./shared";

/** Alibaba VPC 2016-04-28 DescribeRegions (cloud-api.md §3.5). RegionId is optional here. */

export const describeRegionsRequestSchema = z.object({
  RegionId: z
    .string()
    .regex(
      /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "RegionId must be a region id such as cn-hangzhou",
    )
    .optional(),
  ProductType: z.string().min(1, "ProductType must not be empty").optional(),
  AcceptLanguage: oneOf("AcceptLanguage", ["zh-CN", "en-US"]).optional(),
});

export type DescribeRegionsRequest = z.input<typeof describeRegionsRequestSchema>;

export const describeRegionsResponseSchema = z.object({
  Regions: z.object({
    Region: z.array(
      z.object({
        RegionId: z.string(),
        LocalName: z.string().optional(),
        RegionEndpoint: z.string().optional(),
      }),
    ),
  }),
  RequestId: alibabaRequestIdSchema,
});
