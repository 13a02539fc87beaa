import "server-only";
import { count } from "drizzle-orm";
import { Gauge, type Registry } from "prom-client";
import { database, type Db } from "@/lib/db";
import { executions, links, notificationDeliveries } from "@/lib/db/schema";
import { EXECUTION_STATES } from "@/lib/schemas/execution";
import { LINK_STATES } from "@/lib/schemas/link/link-query";
import { DELIVERY_STATES } from "@/lib/schemas/notification";

/**
 * Gauges read from the database when Prometheus scrapes (one GROUP BY each), so every portal
 * process reports the same shared truth.
 */
export function registerStateGauges(registry: Registry): void {
  stateGauge(registry, "vlp_links", "Links", LINK_STATES, (db) =>
    db.select({ state: links.state, total: count() }).from(links).groupBy(links.state),
  );
  stateGauge(registry, "vlp_executions", "Executions", EXECUTION_STATES, (db) =>
    db
      .select({ state: executions.state, total: count() })
      .from(executions)
      .groupBy(executions.state),
  );
  // The outbox's backlog (pending), work in hand (sending) and dead letters.
  stateGauge(
    registry,
    "vlp_notification_deliveries",
    "Notification deliveries",
    DELIVERY_STATES,
    (db) =>
      db
        .select({ state: notificationDeliveries.state, total: count() })
        .from(notificationDeliveries)
        .groupBy(notificationDeliveries.state),
  );
}

/** Every known state is written, 0 included, so a state that empties does not keep its last value. */
function stateGauge(
  registry: Registry,
  name: string,
  what: string,
  states: readonly string[],
  read: (db: Db) => Promise<{ state: string; total: number }[]>,
): void {
  const gauge = new Gauge({
    name,
    help: `${what} by state (read from the database at scrape time).`,
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const rows = await read(await database());
      gauge.reset();
      for (const state of states) gauge.set({ state }, 0);
      for (const row of rows) gauge.set({ state: row.state }, row.total);
    },
  });
}
