import { expect, test } from "./fixtures/test";
import { LIVE_URL } from "../playwright.config";

test("GET /api/health answers 200 with the mode and a request id", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", mode: "sandbox" });
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a caller's well-formed request id is echoed back for tracing", async ({ request }) => {
  const response = await request.get("/api/health", {
    headers: { "x-request-id": "lb-trace-12345678" },
  });
  expect(response.headers()["x-request-id"]).toBe("lb-trace-12345678");
});

test("the live portal reports live mode and never returns a credential", async ({ request }) => {
  const response = await request.get(`${LIVE_URL}/api/health`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(JSON.parse(text)).toMatchObject({ status: "ok", mode: "live" });
  expect(text).not.toContain("e2e-fake-secret");
});
