import { describe, expect, it } from "vitest";
import { variant } from "./variant";

describe("variant", () => {
  it("applies the edit to a deep copy and leaves the base as it was", () => {
    const base = { name: "a", site: { tunnel: { psk: "k", params: { list: [1, 2] } } } };
    const copy = variant(base, (d) => {
      d.site.tunnel.psk = "other";
      d.site.tunnel.params.list.push(3);
    });
    expect(copy).toEqual({
      name: "a",
      site: { tunnel: { psk: "other", params: { list: [1, 2, 3] } } },
    });
    expect(base).toEqual({ name: "a", site: { tunnel: { psk: "k", params: { list: [1, 2] } } } });
  });
});
