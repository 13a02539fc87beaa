import { describe, expect, it } from "vitest";
import { listAlibabaPages } from "./alibaba/pages";
import { CloudError } from "./errors";
import { completeList, followPages, MAX_LISTED_ITEMS } from "./paging";
import { listTencentPages } from "./tencent/pages";

/** A cloud holding `count` items, answering pages of `size` like a Describe. */
function cloudOf(count: number, size: number) {
  const asked: number[] = [];
  const all = Array.from({ length: count }, (_, i) => `item-${i + 1}`);
  return {
    asked,
    readPage: async (index: number) => {
      asked.push(index);
      return { items: all.slice(index * size, (index + 1) * size), total: count, requestId: "r" };
    },
  };
}

describe("followPages", () => {
  it("reads every page up to the cloud's TotalCount", async () => {
    const cloud = cloudOf(250, 100);
    const list = await followPages({ readPage: cloud.readPage });
    expect(list.items).toHaveLength(250);
    expect(list.items.at(-1)).toBe("item-250");
    expect(list).toMatchObject({ total: 250, truncated: false });
    expect(cloud.asked).toEqual([0, 1, 2]);
  });

  it("stops at the bound and says the list is truncated, with the cloud's count", async () => {
    const cloud = cloudOf(MAX_LISTED_ITEMS + 1, 100);
    const list = await followPages({ readPage: cloud.readPage });
    expect(list.items).toHaveLength(MAX_LISTED_ITEMS);
    expect(list).toMatchObject({ total: MAX_LISTED_ITEMS + 1, truncated: true });
    expect(cloud.asked).toHaveLength(MAX_LISTED_ITEMS / 100);
  });

  it("cuts a last page that overshoots the bound, and a list of exactly the bound is whole", async () => {
    const over = await followPages({ limit: 120, readPage: cloudOf(130, 50).readPage });
    expect(over).toMatchObject({ total: 130, truncated: true });
    expect(over.items).toHaveLength(120);
    const exact = await followPages({ limit: 100, readPage: cloudOf(100, 50).readPage });
    expect(exact).toMatchObject({ total: 100, truncated: false });
    expect(exact.items).toHaveLength(100);
  });

  it("ends on an empty page when the list shrank while it was read", async () => {
    const list = await followPages({
      readPage: async (index) => ({
        items: index === 0 ? ["a", "b"] : [],
        total: 5,
        requestId: "r",
      }),
    });
    expect(list).toMatchObject({ items: ["a", "b"], truncated: false });
  });
});

describe("each cloud's paging", () => {
  it("Tencent pages by Offset and Limit (100)", async () => {
    const asked: { Offset: number; Limit: number }[] = [];
    const list = await listTencentPages({
      readPage: async (paging) => {
        asked.push(paging);
        return { items: Array(paging.Offset < 200 ? 100 : 5).fill(0), total: 205, requestId: "r" };
      },
    });
    expect(list.items).toHaveLength(205);
    expect(asked).toEqual([
      { Offset: 0, Limit: 100 },
      { Offset: 100, Limit: 100 },
      { Offset: 200, Limit: 100 },
    ]);
  });

  it("Alibaba pages by PageNumber (from 1) and PageSize (50)", async () => {
    const asked: { PageNumber: number; PageSize: number }[] = [];
    const list = await listAlibabaPages({
      readPage: async (paging) => {
        asked.push(paging);
        return { items: Array(paging.PageNumber < 3 ? 50 : 1).fill(0), total: 101, requestId: "r" };
      },
    });
    expect(list.items).toHaveLength(101);
    expect(asked).toEqual([
      { PageNumber: 1, PageSize: 50 },
      { PageNumber: 2, PageSize: 50 },
      { PageNumber: 3, PageSize: 50 },
    ]);
  });
});

describe("completeList", () => {
  const source = { provider: "tencent", action: "DescribeRouteTables" } as const;

  it("passes a whole list and refuses a truncated one rather than let a check miss items", () => {
    expect(completeList({ items: [1], total: 1, truncated: false }, source)).toEqual([1]);
    const refused = (() => {
      try {
        completeList({ items: [1], total: 2, truncated: true }, source);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(CloudError);
    expect(refused).toMatchObject({ code: "Portal.ListTruncated", action: "DescribeRouteTables" });
  });
});
