/**
 * npm run seed:scale -- --links 100000 [--concurrency 4]
 * Fills the configured database (DATABASE_URL or PGLITE_DATA_DIR) with links through the data
 * layer, for the benchmarks (README "Benchmarks"). Sandbox mode only: it is test data.
 */
import { parseArgs } from "node:util";
import { openScriptDatabase } from "./open-database";
import { seedScale } from "./seed/seed-scale";
import { wholeNumberOptions } from "./whole-number-options";

const { values } = parseArgs({
  options: { links: { type: "string" }, concurrency: { type: "string" } },
  strict: true,
});

const { links, concurrency } = wholeNumberOptions(values, {
  links: { default: 1000, max: 1_000_000 },
  concurrency: { default: 4, max: 32 },
});
const { handle, config } = await openScriptDatabase();
if (config.mode === "live") {
  console.error(
    "seed:scale writes test data: it runs in sandbox mode only, and this portal is in live mode.",
  );
  process.exit(2);
}
const started = Date.now();
let reported = 0;
try {
  await seedScale({
    db: handle.db,
    links,
    concurrency: handle.kind === "postgres" ? concurrency : 1,
    onProgress: (done) => {
      if (done - reported >= 1000 || done === links) {
        reported = done;
        const seconds = (Date.now() - started) / 1000;
        console.log(`${done} of ${links} links (${(done / seconds).toFixed(0)} per second)`);
      }
    },
  });
} finally {
  await handle.close();
}
console.log(
  `Seeded ${links} links on ${handle.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
