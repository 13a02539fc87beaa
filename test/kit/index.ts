/**
 * The shared test kit. This entry re-exports the dependency-free helpers, so a pure unit test
 * pays for nothing else; the heavier ones are imported by their own path:
 *
 * - `./variant`      — a deep copy of a fixture with one edit (`variant(design, (d) => …)`)
 * - `./poll`         — waits with a deadline and a reason (`pollUntil`, `pollFor`)
 * - `./routes`       — calls the real route handlers on an in-memory PGlite, signed in as a role
 *                      (`memoryDatabaseForFile`, `signedInUser`, `requestRoute`, `callRoute`)
 * - `./capture-logs` — every log line into an array, for a hoisted `vi.mock("@/lib/log")`
 * - `./simulator-client` — the portal's cloud client on a running simulator, with its sandbox keys
 */
export * from "./variant";
export * from "./poll";
