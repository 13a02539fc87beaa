import "server-only";
import { Counter, Histogram, Registry } from "prom-client";
import { registerStateGauges } from "./state-gauges";

/**
 * The portal's one Prometheus registry and its series (`vlp_*`). Next.js loads route handlers,
 * pages and instrumentation.ts as separate bundles, so a module-level registry could exist twice:
 * the registry lives on `globalThis` and is built once per process (prometheus/client_js#584).
 */

function createPortalMetrics() {
  const registry = new Registry();
  registerStateGauges(registry);
  return {
    registry,
    httpRequests: new Counter({
      name: "vlp_http_requests_total",
      help: "HTTP requests answered by the API, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "vlp_http_request_duration_seconds",
      help: "Time to answer an API request, by route pattern and method.",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cloudCalls: new Counter({
      name: "vlp_cloud_calls_total",
      help: "Cloud API requests sent (each attempt), by provider, action and result (`ok` or the error code).",
      labelNames: ["provider", "action", "result"] as const,
      registers: [registry],
    }),
    cloudThrottled: new Counter({
      name: "vlp_cloud_throttled_total",
      help: "Cloud API requests the cloud refused as over its rate limit, by provider and action.",
      labelNames: ["provider", "action"] as const,
      registers: [registry],
    }),
    cloudCallDuration: new Histogram({
      name: "vlp_cloud_call_duration_seconds",
      help: "Time of one cloud API request (one attempt), by provider and action.",
      labelNames: ["provider", "action"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
      registers: [registry],
    }),
    executionsFinished: new Counter({
      name: "vlp_executions_finished_total",
      help: "Executions (runs of a plan or a teardown) that ended, by final state.",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
    stepsFinished: new Counter({
      name: "vlp_execution_steps_finished_total",
      help: "Execution steps that ended, by provider, action and final state.",
      labelNames: ["provider", "action", "state"] as const,
      registers: [registry],
    }),
  };
}

export type PortalMetrics = ReturnType<typeof createPortalMetrics>;

const KEY = Symbol.for("vpn-link-portal.metrics");
const store = globalThis as typeof globalThis & { [KEY]?: PortalMetrics };

export function portalMetrics(): PortalMetrics {
  store[KEY] ??= createPortalMetrics();
  return store[KEY];
}
