import { describe, expect, it } from "vitest";
import { activeNavHref } from "./nav-items";

describe("activeNavHref", () => {
  it.each([
    ["/", "/"],
    ["/links/new", "/links/new"],
    ["/links/abc", undefined],
    ["/approvals", "/approvals"],
    ["/approvals/42", "/approvals"],
    ["/audit", "/audit"],
    ["/settingsx", undefined],
  ])("%s → %s", (path, expected) => {
    expect(activeNavHref(path)).toBe(expected);
  });
});
