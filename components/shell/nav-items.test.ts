import { describe, expect, it } from "vitest";
import { activeNavHref, navItemsFor } from "./nav-items";

describe("activeNavHref", () => {
  it.each([
    ["/", "/"],
    ["/links/new", "/links/new"],
    ["/links/abc", undefined],
    ["/approvals", "/approvals"],
    ["/approvals/42", "/approvals"],
    ["/audit", "/audit"],
    ["/settingsx", undefined],
    ["/tokens", "/tokens"],
    ["/notifications", "/notifications"],
  ])("%s → %s", (path, expected) => {
    expect(activeNavHref(path)).toBe(expected);
  });
});

describe("navItemsFor", () => {
  it("offers notifications, API tokens and the API reference to every signed-in person, even one with no role", () => {
    expect(navItemsFor([]).map((item) => item.href)).toEqual([
      "/notifications",
      "/tokens",
      "/api-docs",
    ]);
    expect(navItemsFor(["viewer"]).map((item) => item.href)).toEqual([
      "/",
      "/audit",
      "/notifications",
      "/tokens",
      "/api-docs",
    ]);
  });
});
