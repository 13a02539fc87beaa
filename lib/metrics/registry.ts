import "server-only";
import { Counter, Histogram, Registry } from "prom-client";
import { registerStateGauges } from "./state-gauges";

/**
 * The portal's one Prometheus registry and its series (`vlp_*`). Next.js loads route handlers,
 * pages and instrumentation.ts as separate bundles, so a module-level registry could exist twice:
 * the registry lives on `globalThis` and is built once per process (prometheus/client_js#584).
 */

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const CLOUD_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

function createPortalMetrics() {
  const registry = new Registry();
  registerStateGauges(registry);
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets: number[],
  ) => new Histogram({ name, help, labelNames, buckets, registers: [registry] });
  return {
    registry,
    httpRequests: counter(
      "vlp_http_requests_total",
      "HTTP requests answered by the API, by route pattern, method and status.",
      ["route", "method", "status"],
    ),
    httpDuration: histogram(
      "vlp_http_request_duration_seconds",
      "Time to answer an API request, by route pattern and method.",
      ["route", "method"],
      HTTP_BUCKETS,
    ),
    cloudCalls: counter(
      "vlp_cloud_calls_total",
      "Cloud API requests sent (each attempt), by provider, action and result (`ok` or the error code).",
      ["provider", "action", "result"],
    ),
    cloudThrottled: counter(
      "vlp_cloud_throttled_total",
      "Cloud API requests the cloud refused as over its rate limit, by provider and action.",
      ["provider", "action"],
    ),
    cloudCallDuration: histogram(
      "vlp_cloud_call_duration_seconds",
      "Time of one cloud API request (one attempt), by provider and action.",
      ["provider", "action"],
      CLOUD_BUCKETS,
    ),
    executionsFinished: counter(
      "vlp_executions_finished_total",
      "Executions (runs of a plan or a teardown) that ended, by final state.",
      ["state"],
    ),
    notificationAttempts: counter(
      "vlp_notification_attempts_total",
      "Notification delivery attempts, by channel kind and result (`ok` or the failure class).",
      ["kind", "result"],
    ),
    stepsFinished: counter(
      "vlp_execution_steps_finished_total",
      "Execution steps that ended, by provider, action and final state.",
      ["provider", "action", "state"],
    ),
  };
}

export type PortalMetrics = ReturnType<typeof createPortalMetrics>;

const KEY = Symbol.for("vpn-link-portal.metrics");
const store = globalThis as typeof globalThis & { [KEY]?: PortalMetrics };

export function portalMetrics(): PortalMetrics {
  store[KEY] ??= createPortalMetrics();
  return store[KEY];
}
