import { describe, expect, it } from "vitest";
import { storedFields } from "./stored-fields";

describe("storedFields", () => {
  it("repeats exactly the named fields, values untouched, and nothing else", () => {
    const tags = [{ Key: "team", Value: "net" }];
    const record = { Id: "vpngw-1", Name: "gw", TagSet: tags, createdAt: 1, secret: "k" };
    const picked = storedFields(record, ["Id", "Name", "TagSet"]);
    expect(picked).toEqual({ Id: "vpngw-1", Name: "gw", TagSet: tags });
    expect(picked.TagSet).toBe(tags);
    expect(Object.keys(picked)).toEqual(["Id", "Name", "TagSet"]);
  });

  it("keeps a named field that is stored as undefined (the answer shows it absent)", () => {
    const record: { Id: string; BgpAsn?: number } = { Id: "cgw-1" };
    expect(storedFields(record, ["Id", "BgpAsn"])).toEqual({ Id: "cgw-1", BgpAsn: undefined });
  });
});
