import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/auth/sessions";
import { database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { createRoleUser, requestRoute, memoryDatabaseForFile } from "./kit/routes";

/** Every log line the app writes during this file, at the most verbose level. */
const logLines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) =>
  (await import("./kit/capture-logs")).captureLogs(importOriginal, logLines),
);

memoryDatabaseForFile();

const PASSWORD = "admin-password-never-shown";
const NEW_PASSWORD = "second-password-never-shown";
const WRONG_PASSWORD = "wrong-password-never-shown";

const seen: string[] = [];
async function record(response: Response): Promise<Response> {
  // The cookie itself (set-cookie, and the copy NextResponse keeps for Next to merge) is expected.
  const headers = [...response.headers.entries()].filter(
    ([name]) => name !== "set-cookie" && name !== "x-middleware-set-cookie",
  );
  seen.push(JSON.stringify(headers), await response.clone().text());
  return response;
}

let token = "";
let setCookie = "";

beforeAll(async () => {
  const admin = await createRoleUser("admin", PASSWORD);
  await record(
    await requestRoute({
      pattern: "/api/auth/sign-in",
      method: "POST",
      body: { email: admin.email, password: WRONG_PASSWORD },
    }),
  );
  const signedIn = await record(
    await requestRoute({
      pattern: "/api/auth/sign-in",
      method: "POST",
      body: { email: admin.email, password: PASSWORD },
    }),
  );
  setCookie = signedIn.headers.get("set-cookie") ?? "";
  token = /vlp_session=([^;]+)/.exec(setCookie)?.[1] ?? "";
  const calls: [string, string, unknown?][] = [
    ["GET", "/api/auth/session"],
    ["GET", "/api/users"],
    [
      "POST",
      "/api/users",
      { email: "new@leak.test", name: "New", roles: ["viewer"], password: NEW_PASSWORD },
    ],
    ["GET", "/api/audit"],
    ["GET", "/api/audit/export"],
    ["POST", "/api/users", { email: "bad", password: NEW_PASSWORD }],
  ];
  for (const [method, pattern, body] of calls) {
    await record(await requestRoute({ pattern, method, token, body }));
  }
  const [created] = (await (await database()).select().from(users)).filter(
    (u) => u.email === "new@leak.test",
  );
  await record(
    await requestRoute({
      pattern: "/api/users/[id]",
      method: "PATCH",
      params: { id: created!.id },
      token,
      body: { roles: ["approver"] },
    }),
  );
  await record(await requestRoute({ pattern: "/api/auth/sign-out", method: "POST", token }));
});

describe("secrets never leave the server", () => {
  it("sets an HttpOnly, SameSite session cookie", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it("marks the cookie Secure when the portal is served over https", async () => {
    const admin = await createRoleUser("admin", PASSWORD);
    const response = await requestRoute({
      pattern: "/api/auth/sign-in",
      method: "POST",
      origin: "https://localhost",
      headers: { "x-forwarded-proto": "https" },
      body: { email: admin.email, password: PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("no response body or header and no log line holds a password, hash or session secret", async () => {
    const hashes = (await (await database()).select().from(users)).map((u) => u.passwordHash!);
    expect(hashes.length).toBeGreaterThan(1);
    expect(logLines.length).toBeGreaterThan(5);
    const secrets = [PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, token, hashToken(token), ...hashes];
    for (const text of [...seen, ...logLines]) {
      for (const secret of secrets) expect(text.includes(secret) ? text : "").toBe("");
      // (the offending text is printed when this fails)
      expect(text).not.toContain("scrypt$");
    }
  });
});
