import { describe, expect, it } from "vitest";
import { z } from "zod";
import { listOf } from "./common";

describe("listOf", () => {
  const schema = listOf("Routes", z.string(), { max: 3, noun: "route" });
  const messages = (input: unknown) =>
    schema.safeParse(input).error?.issues.map((issue) => issue.message);

  it("takes 1 to max items, each checked by the item schema", () => {
    expect(schema.parse(["a"])).toEqual(["a"]);
    expect(schema.parse(["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(schema.safeParse(["a", 1]).error?.issues[0]?.path).toEqual([1]);
  });

  it("names the field and the item in its refusals", () => {
    expect(messages("a")).toEqual(["Routes must be a list"]);
    expect(messages([])).toEqual(["Routes must have at least 1 route"]);
    expect(messages(["a", "b", "c", "d"])).toEqual(["Routes must have at most 3 routes"]);
  });
});
