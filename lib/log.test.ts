import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { REDACTED, redact } from "./log-redact";

const SECRET = "sk-test-9f8e7d6c5b4a";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ level: "debug", secrets: [SECRET], destination });
  return { log, output: () => lines.join("") };
}

describe("logger redaction", () => {
  it("writes one JSON line per record with level, time and message", () => {
    const { log, output } = capture();
    log.child({ requestId: "req-1" }).info({ path: "/api/health" }, "request");
    const record = JSON.parse(output().trim());
    expect(record).toMatchObject({
      level: "info",
      msg: "request",
      requestId: "req-1",
      path: "/api/health",
    });
    expect(Date.parse(record.time)).not.toBeNaN();
  });

  it("redacts secret-looking keys at any depth", () => {
    const { log, output } = capture();
    log.info({
      account: {
        secretKey: "abc",
        password: "hunter2",
        headers: { Authorization: "TC3 x", cookie: "sid=1" },
      },
      calls: [{ PreShareKey: "psk-value-123" }],
      name: "ok",
    });
    const record = JSON.parse(output());
    expect(record.account).toEqual({
      secretKey: REDACTED,
      password: REDACTED,
      headers: { Authorization: REDACTED, cookie: REDACTED },
    });
    expect(record.calls[0].PreShareKey).toBe(REDACTED);
    expect(record.name).toBe("ok");
  });

  it("never prints a known secret value, wherever it appears", () => {
    const { log, output } = capture();
    log.info({ note: `signed with ${SECRET} today`, nested: [{ x: SECRET }] }, `message ${SECRET}`);
    log.error({ err: new Error(`cloud said ${SECRET}`) }, "failed");
    log.warn(`plain ${SECRET}`);
    const text = output();
    expect(text).not.toContain(SECRET);
    expect(text.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it("leaves ordinary values and short strings alone", () => {
    expect(redact({ region: "ap-guangzhou", bandwidth: 100, ok: true }, ["ab"])).toEqual({
      region: "ap-guangzhou",
      bandwidth: 100,
      ok: true,
    });
  });

  it("survives circular structures", () => {
    const a: Record<string, unknown> = { name: "a" };
    a.self = a;
    expect(redact(a, [])).toEqual({ name: "a", self: "[Circular]" });
  });

  it("keeps an error's class, code and causes, never a query's parameters", () => {
    class DrizzleQueryError extends Error {
      constructor(
        readonly query: string,
        readonly params: unknown[],
        cause: Error,
      ) {
        super(`Failed query: ${query}\nparams: ${params.join(",")}`, { cause });
      }
    }
    const driver = Object.assign(new Error("invalid byte sequence"), {
      code: "22021",
      detail: "Key (name)=(param-value-1) is bad",
    });
    const error = new DrizzleQueryError("insert into t values ($1)", ["param-value-1"], driver);
    const out = redact(
      { err: error, probe: { query: "select $1", params: ["param-value-1"] } },
      [],
    );
    const text = JSON.stringify(out);
    expect(text).not.toContain("param-value-1");
    expect(out).toMatchObject({
      err: {
        type: "DrizzleQueryError",
        message: "Failed query: insert into t values ($1)",
        cause: { type: "Error", code: "22021", message: "invalid byte sequence" },
      },
      probe: { query: "select $1" },
    });
  });
});
