import { describe, expect, it } from "vitest";
import { cappedPage } from "./capped-page";

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("cappedPage", () => {
  it("shows pageSize rows and knows from the extra one that a page follows", () => {
    const page = cappedPage({ rows: rows(4), matches: 9, cap: 1000, page: 1, pageSize: 3 });
    expect(page).toEqual({
      rows: [1, 2, 3],
      total: 9,
      totalCapped: false,
      page: 1,
      pageCount: 3,
      hasNext: true,
    });
    expect(cappedPage({ rows: rows(3), matches: 9, cap: 1000, page: 3, pageSize: 3 }).hasNext).toBe(
      false,
    );
  });

  it("stops the count at the cap and says so", () => {
    const page = cappedPage({ rows: rows(26), matches: 1001, cap: 1000, page: 1, pageSize: 25 });
    expect(page).toMatchObject({ total: 1000, totalCapped: true, pageCount: 40, hasNext: true });
    const exact = cappedPage({ rows: rows(1), matches: 1000, cap: 1000, page: 40, pageSize: 25 });
    expect(exact).toMatchObject({ total: 1000, totalCapped: false });
  });

  it("turns rows read backwards into the list's order; only an empty page has none after", () => {
    const back = cappedPage({
      rows: [7, 8, 9, 10],
      matches: 20,
      cap: 1000,
      page: 2,
      pageSize: 3,
      backwards: true,
    });
    expect(back).toMatchObject({ rows: [9, 8, 7], hasNext: true });
    const stale = cappedPage({
      rows: [],
      matches: 20,
      cap: 1000,
      page: 2,
      pageSize: 3,
      backwards: true,
    });
    expect(stale).toMatchObject({ rows: [], hasNext: false });
  });

  it("calls an empty list page 1 of 1", () => {
    expect(cappedPage({ rows: [], matches: 0, cap: 1000, page: 1, pageSize: 25 })).toEqual({
      rows: [],
      total: 0,
      totalCapped: false,
      page: 1,
      pageCount: 1,
      hasNext: false,
    });
  });
});
