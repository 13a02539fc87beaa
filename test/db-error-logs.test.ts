import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { withRoute } from "@/lib/api/with-route";
import { createUser } from "@/lib/data/users";
import { logger } from "@/lib/log";
import { ORIGIN, memoryDatabaseForFile } from "./kit/routes";
import { DB_KINDS, openTestDatabase } from "./test-database";

const logLines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) =>
  (await import("./kit/capture-logs")).captureLogs(importOriginal, logLines),
);

memoryDatabaseForFile();

/** Recognisable values among a failing insert's parameters; none may reach a log line. */
const EMAIL_MARKER = "leaky-parameter-7f3a9c@log.test";
const NAME_MARKER = "NameMarker-b41d0e";
const PASSWORD = "correct-horse-battery-88";

/** A NUL in a text column: PostgreSQL refuses the insert, with every parameter in the error. */
function failingInsert(db: Parameters<typeof createUser>[0]["db"]) {
  return createUser({
    db,
    email: EMAIL_MARKER,
    name: `${NAME_MARKER}\u0000`,
    roles: ["viewer"],
    password: PASSWORD,
    actor: null,
    via: "cli",
  });
}

function expectNoParameters(lines: string[]) {
  const text = lines.join("");
  expect(text).not.toContain(EMAIL_MARKER);
  expect(text).not.toContain(NAME_MARKER);
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain("scrypt$");
  expect(text).not.toMatch(/params:/);
}

describe.each(DB_KINDS)("a failed query on %s", (kind) => {
  it("is logged with its class and code, never its parameters", async () => {
    const handle = await openTestDatabase(kind);
    try {
      const error = await failingInsert(handle.db).then(
        () => expect.unreachable("the insert should fail"),
        (caught: unknown) => caught,
      );
      expect(String((error as Error).message)).toContain(NAME_MARKER); // the raw error does leak
      logLines.length = 0;
      const log = logger().child({ requestId: "req-db" });
      log.error({ err: error }, "unhandled error");
      log.error(error as Error);
      log.warn({ attempt: { failure: error } }, "nested");
      log.error({ err: new Error("wrapped", { cause: error }) }, "wrapped");
      expect(logLines).toHaveLength(4);
      expectNoParameters(logLines);
      const record = JSON.parse(logLines[0]!) as { err: Record<string, unknown> };
      expect(record.err.type).toBe("DrizzleQueryError");
      expect(JSON.stringify(record.err)).toMatch(/22021|invalid byte sequence|0x00/i);
    } finally {
      await handle.close();
    }
  });
});

it("a route whose query fails logs the error without its parameters", async () => {
  const route = withRoute(async ({ db }) => failingInsert(db), { public: true });
  logLines.length = 0;
  const response = await route(
    new NextRequest(`${ORIGIN}/api/probe`, { headers: { host: "localhost" } }),
    {
      params: Promise.resolve({}),
    },
  );
  expect(response.status).toBe(500);
  expect(logLines.some((line) => line.includes("unhandled error"))).toBe(true);
  expectNoParameters(logLines);
});
