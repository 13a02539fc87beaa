import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": fromRoot("./"),
      // "server-only" throws outside Next's server build; under Vitest it is an empty module.
      "server-only": fromRoot("./test/empty-module.ts"),
    },
  },
  test: {
    include: ["{lib,components,sim,scripts,test}/**/*.test.{ts,tsx}"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    // Many tests wait (on processes, servers, polls) more than they compute: four files at a time
    // keep two cores busy (measured: 318 s against 529 s with the default two).
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
