/**
 * npm run bench:api [-- --links 2000 --seconds 10 --connections 200 --engines pglite,postgres]
 * The portal's production build under many signed-in sessions, next to a bare Next.js route
 * handler built the same way and driven the same way (autocannon, loopback only). For each
 * engine (PGlite, and PostgreSQL when its binaries are installed): seeds links through the data
 * layer, opens `connections` sessions, starts `next start`, and measures the first seconds after
 * start on their own ("cold") before each route. Not a timed test: run it on a quiet machine.
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { createSession } from "@/lib/auth/sessions";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { listLinks } from "@/lib/data/link-list";
import { createUser } from "@/lib/data/users";
import { migrateDatabase, openDatabase, type DbHandle } from "@/lib/db/connect";
import { links, users } from "@/lib/db/schema";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import { bareNextApp, buildIfNeeded } from "./bench/bare-next-app.mjs";
import { seedScale } from "./seed/seed-scale";
import { wholeNumberOptions } from "./whole-number-options";
import { startPostgresCluster, type PostgresCluster } from "../test/postgres-cluster";

const { values } = parseArgs({
  options: {
    links: { type: "string" },
    seconds: { type: "string" },
    connections: { type: "string" },
    engines: { type: "string", default: "pglite,postgres" },
  },
  strict: true,
});
const {
  links: LINKS,
  seconds: SECONDS,
  connections: CONNECTIONS,
} = wholeNumberOptions(values, {
  links: { default: 2000 },
  seconds: { default: 10 },
  connections: { default: 200 },
});
const ENGINES = values.engines.split(",");
if (
  ENGINES.length === 0 ||
  ENGINES.some((engine) => engine !== "pglite" && engine !== "postgres")
) {
  console.error('--engines must list "pglite", "postgres" or both, comma-separated.');
  process.exit(2);
}
const COLD_SECONDS = 5;
const root = path.resolve(import.meta.dirname, "..");
const scratch = path.join(root, ".bench", "api");

type Figures = { rps: number; p50: number; p99: number; errors: number; requests: number };

async function drive(url: string, cookies: string[], seconds: number): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    setupClient: (client) => {
      const cookie = cookies[next++ % Math.max(1, cookies.length)];
      if (cookie) client.setHeaders({ cookie });
    },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** Seeds links and one bench user with every role, and opens a session per connection. */
async function prepare(handle: DbHandle): Promise<{
  cookies: string[];
  linkId: string;
  /** Searched for in turn: a link's name, its VPC's id, its owner's email. */
  search: string;
  resourceId: string;
  owner: string;
  /** The last link of page 40: a keyset cursor deep in the list. */
  deepCursor: string;
}> {
  await migrateDatabase(handle);
  const db = handle.db;
  await seedScale({
    db,
    links: LINKS,
    concurrency: handle.kind === "postgres" ? 4 : 1,
    onProgress: (done) => {
      if (done % 10_000 === 0) console.log(`${handle.kind}: ${done} of ${LINKS} links seeded`);
    },
  });
  const user = await createUser({
    db,
    email: `bench-${Date.now()}@scale.seed.test`,
    name: "Bench",
    roles: ["viewer", "requester", "approver", "admin"],
    actor: null,
    via: "cli",
  });
  const cookies: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const { token } = await createSession(db, { userId: user.id, method: "password", ttlHours: 2 });
    cookies.push(`${SESSION_COOKIE}=${token}`);
  }
  const page = await listLinks({ db, query: linkQuerySchema.parse({ state: "submitted" }) });
  const sample = page.links[0]!;
  const [row] = await db
    .select({ resourceIds: links.resourceIds, email: users.email })
    .from(links)
    .innerJoin(users, eq(users.id, links.ownerId))
    .where(eq(links.id, sample.id));
  const deep = await listLinks({ db, query: linkQuerySchema.parse({ page: 40 }) });
  return {
    cookies,
    linkId: sample.id,
    search: sample.name.split(" ").at(-1)!,
    resourceId: row!.resourceIds.split(/\s+/).find((id) => id.startsWith("vpc"))!,
    owner: row!.email.split("@")[0]!,
    deepCursor: deep.links.at(-1)!.id,
  };
}

async function startServer(dir: string, port: number, env: Record<string, string>) {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).status < 500) {
        return { url, stop: () => process.kill(-child.pid!) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(-child.pid!);
  throw new Error(`the server in ${dir} did not answer within 120 s`);
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
function row(name: string, figures: Figures, bare?: Figures) {
  const ratio = bare ? (figures.rps / bare.rps).toFixed(2) : "";
  console.log(
    `${name.padEnd(34)} ${figures.rps.toFixed(0).padStart(7)} ${ms(figures.p50)} ${ms(figures.p99)} ${String(figures.errors).padStart(7)} ${ratio.padStart(7)}`,
  );
}
function header(title: string) {
  console.log(`\n${title}`);
  console.log(
    `${"route".padEnd(34)} ${"req/s".padStart(7)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"errors".padStart(7)} ${"× bare".padStart(7)}`,
  );
}

async function measureBare(): Promise<{ cold: Figures; warm: Figures }> {
  const dir = bareNextApp(root, { body: { links: [], total: 0 } });
  try {
    buildIfNeeded(dir);
    const server = await startServer(dir, 3290, {});
    try {
      const cold = await drive(`${server.url}/api/bare`, [], COLD_SECONDS);
      const warm = await drive(`${server.url}/api/bare`, [], SECONDS);
      return { cold, warm };
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measurePortal(engine: "pglite" | "postgres", bare: Figures) {
  let cluster: PostgresCluster | undefined;
  const dataDir = path.join(scratch, "pglite");
  rmSync(scratch, { recursive: true, force: true });
  let env: Record<string, string>;
  let handle: DbHandle;
  if (engine === "postgres") {
    cluster = await startPostgresCluster();
    env = { DATABASE_URL: cluster.url };
    handle = await openDatabase({ databaseUrl: cluster.url });
  } else {
    env = { PGLITE_DATA_DIR: dataDir };
    handle = await openDatabase({ pgliteDataDir: dataDir });
  }
  try {
    Object.assign(process.env, { PORTAL_MODE: "sandbox", AUDIT_HEAD_FILE: "off", ...env });
    const started = Date.now();
    const { cookies, linkId, search, resourceId, owner, deepCursor } = await prepare(handle);
    await handle.close();
    console.log(
      `\n${engine}: ${LINKS} links seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    const server = await startServer(root, 3291, {
      PORTAL_MODE: "sandbox",
      AUDIT_HEAD_FILE: "off",
      ...env,
    });
    try {
      header(
        `${engine}, ${CONNECTIONS} sessions, ${SECONDS} s a route (cold: the first ${COLD_SECONDS} s after start)`,
      );
      row(
        "cold: GET /api/links",
        await drive(`${server.url}/api/links`, cookies, COLD_SECONDS),
        bare,
      );
      const routes: [string, string][] = [
        ["GET /api/links", "/api/links"],
        ["GET /api/links?state=submitted", "/api/links?state=submitted"],
        ["GET /api/links?region=cn-hangzhou", "/api/links?region=cn-hangzhou"],
        [`GET /api/links?search=${search}`, `/api/links?search=${encodeURIComponent(search)}`],
        [`GET /api/links?search=${resourceId}`, `/api/links?search=${resourceId}`],
        [`GET /api/links?owner=${owner}`, `/api/links?owner=${encodeURIComponent(owner)}`],
        ["GET /api/links?after=(page 40)", `/api/links?after=${deepCursor}`],
        ["GET /api/links/[id]", `/api/links/${linkId}`],
        ["GET /approvals (page)", "/approvals"],
        ["GET /api/audit", "/api/audit"],
      ];
      for (const [name, route] of routes) {
        row(name, await drive(`${server.url}${route}`, cookies, SECONDS), bare);
      }
    } finally {
      server.stop();
    }
  } finally {
    cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const bare = await measureBare();
header(`bare Next.js route handler, ${CONNECTIONS} connections`);
row(`cold: GET /api/bare (first ${COLD_SECONDS} s)`, bare.cold);
row("GET /api/bare", bare.warm);
if (ENGINES.includes("pglite")) await measurePortal("pglite", bare.warm);
if (!ENGINES.includes("postgres")) process.exit(0);
if (existsSync("/usr/lib/postgresql")) await measurePortal("postgres", bare.warm);
else console.log("\nPostgreSQL: not installed (scripts/ensure-postgres.sh), skipped.");
