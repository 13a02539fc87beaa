/**
 * The shared test kit. This entry re-exports the dependency-free helpers, so a pure unit test
 * pays for nothing else; the ones that open databases, start route handlers or mock modules are
 * imported by their own path:
 *
 * - `./variant`              deep copy of a fixture with one edit: `variant(design, (d) => …)`
 * - `./poll`                 waits with a deadline and a reason: `pollUntil`, `pollFor`
 * - `./schema-cases`         accept/reject tables of a zod schema: `schemaPatchCases`, `fieldRejects`
 * - `./recommended-spellings` the recommended suite in each cloud's API spelling (expected values)
 * - `./routes`               real route handlers on an in-memory PGlite, signed in as a role:
 *                            `memoryDatabaseForFile`, `signedInUser`, `requestRoute`, `callRoute`
 * - `./database`             a per-kind database for a `describe` (`suiteDatabase`), `auditRowsOf`
 * - `./capture-logs`         every log line into an array, for a hoisted `vi.mock("@/lib/log")`
 * - `./simulator-client`     the portal's cloud client on a running simulator, with its sandbox keys
 * - `./messages`             messages/*.json as leaves, their ICU placeholders and literal text
 * - `./used-message-keys`    every message key the source asks for (TypeScript parser)
 */
export * from "./variant";
export * from "./poll";
export * from "./recommended-spellings";
