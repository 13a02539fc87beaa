import "server-only";
import { count } from "drizzle-orm";
import { Gauge, type Registry } from "prom-client";
import { database } from "@/lib/db";
import { executions, links } from "@/lib/db/schema";
import { EXECUTION_STATES } from "@/lib/schemas/execution";
import { LINK_STATES } from "@/lib/schemas/link/link-query";

/**
 * Gauges read from the database when Prometheus scrapes (one GROUP BY each), so every portal
 * process reports the same shared truth. Every known state is written, 0 included, so a state
 * that empties does not keep its last value.
 */
export function registerStateGauges(registry: Registry): void {
  const linksByState = new Gauge({
    name: "vlp_links",
    help: "Links by state (read from the database at scrape time).",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const db = await database();
      const rows = await db
        .select({ state: links.state, total: count() })
        .from(links)
        .groupBy(links.state);
      setByState(linksByState, LINK_STATES, rows);
    },
  });
  const executionsByState = new Gauge({
    name: "vlp_executions",
    help: "Executions by state (read from the database at scrape time).",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const db = await database();
      const rows = await db
        .select({ state: executions.state, total: count() })
        .from(executions)
        .groupBy(executions.state);
      setByState(executionsByState, EXECUTION_STATES, rows);
    },
  });
}

function setByState(
  gauge: Gauge<"state">,
  states: readonly string[],
  rows: { state: string; total: number }[],
): void {
  gauge.reset();
  for (const state of states) gauge.set({ state }, 0);
  for (const row of rows) gauge.set({ state: row.state }, row.total);
}
