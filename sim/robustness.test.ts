import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "./server";
import { aliRaw, tcRaw, tcResponse } from "./testing/raw";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimits: false });
});
afterAll(() => sim.close());

/** Small deterministic PRNG so failures reproduce. */
function prng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const pieces = [
  "",
  "{",
  "}",
  "[]",
  "null",
  '"x"',
  "1e999",
  "%",
  "%zz",
  "\u0000",
  "é",
  "Action=",
  "&&",
  "Filters",
  "\\u0000",
];

describe("robustness", () => {
  it("answers 300 random requests with JSON and keeps serving", async () => {
    const rand = prng(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    for (let i = 0; i < 300; i += 1) {
      const body = Array.from({ length: Math.floor(rand() * 6) }, () => pick(pieces)).join("");
      const headers: Record<string, string> = {};
      if (rand() < 0.5)
        headers["x-tc-action"] = pick(["DescribeVpcs", "CreateVpnConnection", "", "x"]);
      if (rand() < 0.3)
        headers.authorization = pick(["TC3-HMAC-SHA256 x", "ACS3-HMAC-SHA256 y", "Basic z"]);
      if (rand() < 0.3)
        headers["content-type"] = pick([
          "application/json",
          "application/x-www-form-urlencoded",
          "text/plain",
        ]);
      const path = pick([
        "/",
        "/?Action=DescribeVpcs",
        "/_sim/faults",
        "/_sim/advance",
        "/?" + body,
        "/_sim/x",
      ]);
      const method = pick(["GET", "POST", "PUT", "DELETE"]);
      const r = await fetch(`${sim.url}${path}`, {
        method,
        headers,
        body: method === "GET" ? undefined : body,
      });
      expect(r.status).toBeGreaterThanOrEqual(200);
      expect(r.status).toBeLessThan(600);
      await expect(r.json()).resolves.toBeTypeOf("object");
    }
    await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).TotalCount).toBe(2);
    expect((await aliRaw(sim, "DescribeVpcs", {})).status).toBe(200);
  });

  it("deep, huge or wrongly typed Tencent params get parameter errors", async () => {
    const codes = [];
    for (const params of [
      { Filters: [{ Name: "vpc-id", Values: [{ a: 1 }] }] },
      { VpcIds: "vpc-1" },
      { Offset: "-1" },
      { Filters: Array(11).fill({ Name: "vpc-id", Values: [] }) },
    ]) {
      codes.push(tcResponse(await tcRaw(sim, "DescribeVpcs", params)).Error?.Code);
    }
    expect(
      codes.every(
        (c) => typeof c === "string" && /^(InvalidParameter|InvalidParameterValue)/.test(c),
      ),
    ).toBe(true);
  });
});

describe("module boundaries", () => {
  it("sim/ never imports app/ or lib/workflow", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(join(process.cwd(), "sim"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(
        /from\s+["'](@\/app\/|@\/lib\/workflow|(\.\.\/)+app\/|(\.\.\/)+lib\/workflow)/,
      );
    }
  });
});
