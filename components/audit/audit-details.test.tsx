// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AuditDetails } from "./audit-details";

afterEach(cleanup);

const HASH = "ab".repeat(32);

describe("AuditDetails", () => {
  it("shows one line per field: long hashes cut (whole in the tooltip), lists joined, records as JSON", () => {
    render(
      <AuditDetails
        payload={{
          planHash: HASH,
          approvals: 1,
          pskChanged: false,
          fromSteps: ["tencent-tunnel", "tencent-route-1"],
          kept: [{ resourceId: "cgw-1", reason: "existing" }],
          comment: "Office closed",
          message: "The specified VPN gateway does not exist in this region.",
        }}
      />,
    );
    const lines = [...screen.getByTestId("audit-details").querySelectorAll("dt")].map(
      (dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`,
    );
    expect(lines).toEqual([
      `planHash = ${HASH.slice(0, 16)}…`,
      "approvals = 1",
      "pskChanged = false",
      "fromSteps = tencent-tunnel, tencent-route-1",
      'kept = [{"resourceId":"cgw-1","reason":"existing"}]',
      "comment = Office closed",
      "message = The specified VPN gateway does not exist in this region.",
    ]);
    expect(screen.getByTitle(HASH).textContent).toBe(`${HASH.slice(0, 16)}…`);
    expect(screen.getByTitle(HASH).dataset.field).toBe("planHash");
  });

  it("shows nothing for an empty payload", () => {
    const { container } = render(<AuditDetails payload={{}} />);
    expect(container.innerHTML).toBe("");
  });
});
