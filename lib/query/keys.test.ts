import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { queryKeys } from "./keys";

const LINK = "7d0c2a1e-0000-4000-8000-000000000001";
const OTHER = "7d0c2a1e-0000-4000-8000-000000000002";

/** Seeds a query under `key`, invalidates with `by` and tells whether it was hit. */
function invalidatedBy(key: readonly unknown[], by: readonly unknown[]): boolean {
  const client = new QueryClient();
  client.setQueryData(key, "cached");
  void client.invalidateQueries({ queryKey: by, refetchType: "none" });
  return client.getQueryState(key)!.isInvalidated;
}

describe("queryKeys", () => {
  it("gives the same key for the same input, so a query and its invalidation meet", () => {
    expect(queryKeys.users.all()).toEqual(queryKeys.users.all());
    expect(queryKeys.execution(LINK)).toEqual(queryKeys.execution(LINK));
    expect(queryKeys.cloudPicker("tencent", "vpcs", "region=ap-guangzhou")).toEqual(
      queryKeys.cloudPicker("tencent", "vpcs", "region=ap-guangzhou"),
    );
    expect(queryKeys.links.planPreview({ kind: "gateway", name: "a" })).toEqual(
      queryKeys.links.planPreview({ kind: "gateway", name: "a" }),
    );
  });

  it("keeps different resources and inputs apart", () => {
    const keys = [
      queryKeys.users.all(),
      queryKeys.link(LINK),
      queryKeys.link(OTHER),
      queryKeys.execution(LINK),
      queryKeys.execution(OTHER),
      queryKeys.links.planPreview({ name: "a" }),
      queryKeys.links.planPreview({ name: "b" }),
      queryKeys.cloudPicker("tencent", "vpcs", ""),
      queryKeys.cloudPicker("alibaba", "vpcs", ""),
      queryKeys.cloudPicker("tencent", "regions", ""),
      queryKeys.cloudPicker("tencent", "vpcs", "region=ap-guangzhou"),
    ].map((key) => JSON.stringify(key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("nests a link's execution under the link, and every link query under links", () => {
    expect(invalidatedBy(queryKeys.execution(LINK), queryKeys.link(LINK))).toBe(true);
    expect(invalidatedBy(queryKeys.execution(LINK), queryKeys.links.all())).toBe(true);
    expect(invalidatedBy(queryKeys.links.planPreview({}), queryKeys.links.all())).toBe(true);
  });

  it("does not reach across links or resources when invalidating", () => {
    expect(invalidatedBy(queryKeys.execution(OTHER), queryKeys.link(LINK))).toBe(false);
    expect(invalidatedBy(queryKeys.users.all(), queryKeys.links.all())).toBe(false);
    expect(invalidatedBy(queryKeys.execution(LINK), queryKeys.users.all())).toBe(false);
    expect(invalidatedBy(queryKeys.cloudPicker("tencent", "vpcs", ""), queryKeys.links.all())).toBe(
      false,
    );
  });
});
