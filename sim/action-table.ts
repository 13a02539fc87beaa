/** What every action of either cloud has; the handlers add their own facts (rate, idempotency). */
interface Runnable {
  mutates: boolean;
  run(input: never): Record<string, unknown>;
}

function isRunnable(value: unknown): value is Runnable {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Runnable>;
  return typeof candidate.run === "function" && typeof candidate.mutates === "boolean";
}

/**
 * A cloud's API table: every action its modules export, under its API name
 * (`createVpnGateway` → `CreateVpnGateway`), so a new action is served once it is exported.
 */
export function actionTable<A extends Runnable>(modules: object[]): Record<string, A> {
  const table: Record<string, A> = {};
  for (const exports of modules) {
    for (const [name, value] of Object.entries(exports)) {
      if (!isRunnable(value)) continue;
      const apiName = name.charAt(0).toUpperCase() + name.slice(1);
      if (Object.hasOwn(table, apiName))
        throw new Error(`Two modules export the action ${apiName}.`);
      table[apiName] = value as A;
    }
  }
  return table;
}

/** The action a call names, if the table has it (never an inherited name such as `constructor`). */
export function findAction<A>(table: Record<string, A>, name: string): A | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
