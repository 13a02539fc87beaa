import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import {
  alibabaCreateRequestSchema,
  alibabaDeleteRequestSchema,
  alibabaDescribeRequestSchema,
  alibabaIdSchema,
  alibabaPageResponseSchema,
} from "./shared";

const paths = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));

describe("alibabaCreateRequestSchema", () => {
  const params = z.object({ Name: z.string() });
  const schema = alibabaCreateRequestSchema(params, { VpcId: alibabaIdSchema("VpcId", "vpc") });

  it("adds RegionId, the parent ids and an optional ClientToken to what a requester designs", () => {
    const input = { Name: "n", RegionId: "cn-hangzhou", VpcId: "vpc-1", ClientToken: "t-1" };
    expect(schema.parse(input)).toEqual(input);
    expect(paths(schema, { Name: "n" })).toEqual(["RegionId", "VpcId"]);
    expect(paths(schema, { ...input, ClientToken: "t".repeat(65) })).toEqual(["ClientToken"]);
    expect(paths(params, { Name: "n" })).toBeUndefined();
  });
});

describe("alibabaDescribeRequestSchema", () => {
  const schema = alibabaDescribeRequestSchema({
    VpcId: alibabaIdSchema("VpcId", "vpc").optional(),
  });

  it("adds RegionId, Tag and paging to the action's own filters", () => {
    const input = {
      RegionId: "cn-hangzhou",
      VpcId: "vpc-1",
      Tag: [{ Key: "env", Value: "prod" }],
      PageNumber: 2,
      PageSize: 50,
    };
    expect(schema.parse(input)).toEqual(input);
    expect(paths(schema, {})).toEqual(["RegionId"]);
    expect(paths(schema, { RegionId: "cn-hangzhou", VpcId: "vsw-1", PageSize: 51 })).toEqual([
      "VpcId",
      "PageSize",
    ]);
  });
});

describe("alibabaDeleteRequestSchema", () => {
  const schema = alibabaDeleteRequestSchema("VpcId", "vpc");

  it("takes RegionId, the one id with its prefix and an optional ClientToken", () => {
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<{
      RegionId: string;
      VpcId: string;
      ClientToken?: string | undefined;
    }>();
    const input = { RegionId: "cn-hangzhou", VpcId: "vpc-1", ClientToken: "t-1" };
    expect(schema.parse(input)).toEqual(input);
    expect(schema.parse({ RegionId: "cn-hangzhou", VpcId: "vpc-1" })).toEqual({
      RegionId: "cn-hangzhou",
      VpcId: "vpc-1",
    });
    expect(paths(schema, {})).toEqual(["RegionId", "VpcId"]);
    expect(paths(schema, { ...input, VpcId: "vsw-1", ClientToken: "t".repeat(65) })).toEqual([
      "VpcId",
      "ClientToken",
    ]);
  });
});

describe("alibabaPageResponseSchema", () => {
  const schema = alibabaPageResponseSchema("Widgets", "Widget", z.object({ WidgetId: z.string() }));

  it("reads the list inside its wrapper, in the paging envelope", () => {
    const answer = {
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      RequestId: "r-1",
      Widgets: { Widget: [{ WidgetId: "wdg-1" }] },
    };
    expect(schema.parse(answer)).toEqual(answer);
    expectTypeOf(schema.parse(answer).Widgets.Widget).toEqualTypeOf<{ WidgetId: string }[]>();
  });

  it("refuses a list without its wrapper, and an answer without its count or RequestId", () => {
    expect(paths(schema, { TotalCount: 1, RequestId: "r-1", Widgets: [] })).toEqual(["Widgets"]);
    expect(paths(schema, { Widgets: { Widget: [] } })).toEqual(["TotalCount", "RequestId"]);
  });
});
