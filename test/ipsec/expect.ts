import { expect } from "vitest";
import type { NegotiateResult } from "./types";

export function describeFailure(result: NegotiateResult): string {
  return `ike=${result.ikeUp} child=${result.childUp} ping=${result.pingOk} notifies=${result.notifies.join(",")}\n--- left\n${result.logs.left}\n--- right\n${result.logs.right}`;
}

export function expectTunnel(result: NegotiateResult) {
  expect(result.ikeUp, describeFailure(result)).toBe(true);
  expect(result.childUp, describeFailure(result)).toBe(true);
  expect(result.pings.length).toBeGreaterThan(0);
  expect(result.pingOk, describeFailure(result)).toBe(true);
  expect(result.notifies).toEqual([]);
}
