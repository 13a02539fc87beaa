import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { config } from "zod";

afterAll(() => {
  config({ jitless: false });
});

it("instrumentation-client turns on zod's jitless mode (no eval under the CSP) without importing zod", async () => {
  config({ jitless: false });
  await import("@/instrumentation-client");
  expect(config().jitless).toBe(true);
  // Importing zod there would put it in every page's first load.
  expect(readFileSync("instrumentation-client.ts", "utf8")).not.toMatch(/from "zod"/);
});
