import "server-only";
import { collectDefaultMetrics } from "prom-client";
import { portalMetrics } from "./registry";

const KEY = Symbol.for("vpn-link-portal.process-metrics");
const store = globalThis as typeof globalThis & { [KEY]?: true };

/** Node.js process series (CPU, memory, event loop lag, GC) under `vlp_`, once per process. */
export function collectProcessMetrics(): void {
  if (store[KEY]) return;
  store[KEY] = true;
  collectDefaultMetrics({ register: portalMetrics().registry, prefix: "vlp_" });
}
