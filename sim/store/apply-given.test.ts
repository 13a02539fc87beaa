import { describe, expect, it } from "vitest";
import { applyGiven } from "./apply-given";

describe("applyGiven", () => {
  it("copies only the named keys the change gives, and keeps the rest", () => {
    const stored = { name: "a", dpd: true, timeout: 30, secret: "k" };
    const request = { name: "b", dpd: undefined, timeout: 0, secret: "other" };
    applyGiven(stored, request, ["name", "dpd", "timeout"]);
    expect(stored).toEqual({ name: "b", dpd: true, timeout: 0, secret: "k" });
  });

  it("keeps false and empty values the change gives (only undefined means not given)", () => {
    const stored = { enabled: true, note: "x" };
    applyGiven(stored, { enabled: false, note: "" }, ["enabled", "note"]);
    expect(stored).toEqual({ enabled: false, note: "" });
  });
});
