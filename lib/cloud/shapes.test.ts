import { describe, expect, it } from "vitest";
import { cloudPage } from "./shapes";

describe("cloudPage", () => {
  it("keeps the items and reads the total and request id from the answer's envelope", () => {
    const answer = { TotalCount: 7, RequestId: "req-1", VpcSet: [{ VpcId: "vpc-a" }] };
    expect(cloudPage(answer, ["a", "b"])).toEqual({
      items: ["a", "b"],
      total: 7,
      requestId: "req-1",
    });
  });
});
