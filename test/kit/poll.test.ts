import { describe, expect, it } from "vitest";
import { pollFor, pollUntil } from "./poll";

describe("pollUntil", () => {
  it("returns the first value that is done, probing until then", async () => {
    let probes = 0;
    const value = await pollUntil(
      () => ++probes,
      (n) => n === 3,
      { reason: "the third probe", intervalMs: 1 },
    );
    expect(value).toBe(3);
    expect(probes).toBe(3);
  });

  it("awaits an async probe", async () => {
    let probes = 0;
    const value = await pollUntil(
      async () => ({ state: ++probes >= 2 ? "active" : "pending" }),
      (row) => row.state === "active",
      { reason: "active", intervalMs: 1 },
    );
    expect(value).toEqual({ state: "active" });
  });

  it("honours the deadline and names the reason, the last value and the context", async () => {
    const started = Date.now();
    const error = await pollUntil(
      () => ({ state: "pending" }),
      () => false,
      {
        reason: "link L-1 in active|failed",
        timeoutMs: 200,
        intervalMs: 10,
        context: async () => "simulator log: gateway still creating",
      },
    ).then(
      () => expect.unreachable("a condition never met must fail"),
      (caught: unknown) => caught as Error,
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(200);
    expect(elapsed).toBeLessThan(5_000); // far below the 30 s default: the 200 ms deadline held
    expect(error.message).toMatch(
      /^timed out after 200 ms \(\d+ probes\) waiting for link L-1 in active\|failed; last value: \{"state":"pending"\}\nsimulator log: gateway still creating$/,
    );
  });

  it("probes at least once even with no time at all, and cuts a long last value", async () => {
    let probes = 0;
    const error = await pollUntil(
      () => (++probes, "x".repeat(2_000)),
      () => false,
      { reason: "never", timeoutMs: 0 },
    ).catch((caught: Error) => caught);
    expect(probes).toBe(1);
    expect((error as Error).message).toMatch(/last value: "x{499}…$/);
  });

  it("gives up at once when abandonIf answers, with that cause and no further probe", async () => {
    let probes = 0;
    let exited = false;
    const error = await pollUntil(
      () => {
        probes += 1;
        if (probes === 2) exited = true;
        return undefined;
      },
      () => false,
      {
        reason: "the banner",
        intervalMs: 1,
        abandonIf: () => (exited ? "the process exited (code 1)" : undefined),
        context: () => "output: boom",
      },
    ).catch((caught: Error) => caught);
    expect(probes).toBe(2);
    expect((error as Error).message).toBe(
      "gave up waiting for the banner: the process exited (code 1)\noutput: boom",
    );
  });

  it("lets a probe's own error through, unchanged", async () => {
    await expect(
      pollUntil(
        () => Promise.reject(new Error("database closed")),
        () => true,
        { reason: "anything" },
      ),
    ).rejects.toThrow("database closed");
  });
});

describe("pollFor", () => {
  it("returns the first defined value, even a falsy one", async () => {
    const answers = [undefined, undefined, 0, 5];
    expect(await pollFor(() => answers.shift(), { reason: "a number", intervalMs: 1 })).toBe(0);
  });

  it("times out naming the reason when nothing is ever found", async () => {
    await expect(
      pollFor(() => undefined, { reason: "env file", timeoutMs: 50, intervalMs: 5 }),
    ).rejects.toThrow(/waiting for env file; last value: undefined$/);
  });
});
