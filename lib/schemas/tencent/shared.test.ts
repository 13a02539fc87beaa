import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { matchSchemaMessage } from "@/lib/i18n/schema-message";
import {
  TENCENT_MAX_TAGS,
  tencentDescribeRequestSchema,
  tencentPageResponseSchema,
  tencentTagsSchema,
} from "./shared";

describe("tencentDescribeRequestSchema", () => {
  const schema = tencentDescribeRequestSchema({
    ids: "WidgetIds",
    prefix: "wdg",
    filters: ["widget-name"],
  });
  const messages = (input: unknown) =>
    schema
      .safeParse(input)
      .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

  it("takes ids with the prefix or named Filters, and paging, in the API's own field names", () => {
    const input = { WidgetIds: ["wdg-1"], Offset: 0, Limit: 100 };
    expect(schema.parse(input)).toEqual(input);
    expect(schema.parse({ Filters: [{ Name: "widget-name", Values: ["a"] }] })).toEqual({
      Filters: [{ Name: "widget-name", Values: ["a"] }],
    });
  });

  it("refuses ids with Filters, foreign ids, more than 100 ids, unknown filters and paging out of range", () => {
    expect(
      messages({ WidgetIds: ["wdg-1"], Filters: [{ Name: "widget-name", Values: ["a"] }] }),
    ).toEqual(["Filters: Filters cannot be combined with WidgetIds"]);
    expect(messages({ WidgetIds: ["vpc-1"] })).toEqual([
      'WidgetIds.0: WidgetIds must be an id starting with "wdg-"',
    ]);
    expect(messages({ WidgetIds: Array.from({ length: 101 }, (_, i) => `wdg-${i}`) })).toEqual([
      "WidgetIds: WidgetIds must have at most 100 ids",
    ]);
    expect(messages({ Filters: [{ Name: "zone", Values: ["a"] }] })?.[0]).toMatch(
      /^Filters.0.Name: Filters.Name must be one of: widget-name/,
    );
    expect(messages({ Offset: -1, Limit: 101 })).toHaveLength(2);
  });
});

describe("tencentPageResponseSchema", () => {
  const schema = tencentPageResponseSchema("WidgetSet", z.object({ WidgetId: z.string() }));
  const paths = (input: unknown) =>
    schema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));

  it("reads the list by its name, beside TotalCount and RequestId", () => {
    const answer = { TotalCount: 1, RequestId: "r-1", WidgetSet: [{ WidgetId: "wdg-1" }] };
    expect(schema.parse(answer)).toEqual(answer);
    expectTypeOf(schema.parse(answer).WidgetSet).toEqualTypeOf<{ WidgetId: string }[]>();
  });

  it("refuses an answer without its list, its count or its RequestId", () => {
    expect(paths({})).toEqual(["TotalCount", "RequestId", "WidgetSet"]);
  });
});

describe("tencentTagsSchema", () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: "v" }));

  it("takes up to 50 tags and refuses the 51st, in the words the wizard translates", () => {
    expect(tencentTagsSchema.safeParse(tags(TENCENT_MAX_TAGS)).success).toBe(true);
    const refused = tencentTagsSchema.safeParse(tags(TENCENT_MAX_TAGS + 1));
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      "Tags must have at most 50 tags",
    ]);
    expect(matchSchemaMessage("Tags must have at most 50 tags")?.key).toBe("schema.atMost");
  });
});
