import { afterEach, describe, expect, it, vi } from "vitest";
import { ERROR_CODES, ERROR_STATUS } from "@/lib/errors/error-codes";
import { ERROR_REASONS } from "@/lib/errors/error-reasons";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { ApiError, apiErrorKey, apiErrorMessageKey, fetchFile, fetchJson } from "./fetch-json";

/** Answers every fetch with `response` and records the requests. */
function answer(response: () => Response) {
  const requests: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return Promise.resolve(response());
  });
  return requests;
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("sends JSON with the session cookie and returns the answer", async () => {
    const requests = answer(() => json({ user: { email: "a@example.com" } }, 201));
    const body = await fetchJson<{ user: { email: string } }>("/api/users", {
      method: "POST",
      body: { email: "a@example.com" },
    });
    expect(body.user.email).toBe("a@example.com");
    expect(requests[0]).toMatchObject({
      url: "/api/users",
      init: {
        method: "POST",
        body: '{"email":"a@example.com"}',
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
      },
    });
  });

  it("reads a refusal's code, English message, reason and issues", async () => {
    answer(() =>
      json(
        {
          error: {
            code: "unprocessable",
            message: "The design has blocking findings; fix them before submitting.",
            reason: "blockingFindings",
            issues: [{ path: "site.tunnel.name", message: "validation.textInvalid" }],
            requestId: "req-1",
          },
        },
        422,
      ),
    );
    const error = await caught(fetchJson("/api/links/x/submit", { method: "POST" }));
    expect(error).toMatchObject({
      status: 422,
      code: "unprocessable",
      message: "The design has blocking findings; fix them before submitting.",
      reason: "blockingFindings",
      issues: [{ path: "site.tunnel.name", message: "validation.textInvalid" }],
    });
  });

  it("knows every code the server answers with", async () => {
    for (const code of ERROR_CODES) {
      answer(() => json({ error: { code, message: "m", requestId: "r" } }, ERROR_STATUS[code]));
      const error = await caught(fetchJson("/api/x"));
      expect([error.code, error.status]).toEqual([code, ERROR_STATUS[code]]);
      expect(error.reason).toBeUndefined();
      expect(error.issues).toEqual([]);
    }
  });

  it("falls back to internal, no reason and the status text for what it cannot read", async () => {
    answer(
      () => new Response("<html>Bad Gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    );
    expect(await caught(fetchJson("/api/x"))).toMatchObject({
      status: 502,
      code: "internal",
      message: "Bad Gateway",
      issues: [],
      reason: undefined,
    });

    answer(() =>
      json(
        {
          error: {
            code: "teapot",
            message: "",
            reason: "approvals.errors.ownLink",
            issues: [{ path: "a", message: "kept" }, { path: 1 }, "loose"],
          },
        },
        418,
      ),
    );
    const odd = await caught(fetchJson("/api/x"));
    expect(odd).toMatchObject({ code: "internal", reason: undefined });
    expect(odd.issues).toEqual([{ path: "a", message: "kept" }]);
  });
});

describe("fetchFile", () => {
  it("returns the attachment and the file name the server chose", async () => {
    const requests = answer(
      () =>
        new Response("conn office { }", {
          headers: { "content-disposition": 'attachment; filename="office-swanctl.conf"' },
        }),
    );
    const file = await fetchFile("/api/links/x/peer-config?format=swanctl", {
      method: "POST",
      body: { includePsk: true },
    });
    expect(file.filename).toBe("office-swanctl.conf");
    expect(await file.blob.text()).toBe("conn office { }");
    expect(requests[0]?.init.body).toBe('{"includePsk":true}');
  });

  it("throws the same ApiError as fetchJson on a refusal", async () => {
    answer(() =>
      json({ error: { code: "forbidden", message: "Only the owner.", requestId: "r" } }, 403),
    );
    expect(await caught(fetchFile("/api/links/x/peer-config?format=swanctl"))).toMatchObject({
      status: 403,
      code: "forbidden",
    });
  });
});

describe("apiErrorMessageKey", () => {
  it("explains a refusal by its reason, anything else by its code", () => {
    expect(apiErrorMessageKey(new ApiError(403, "forbidden", "m", [], "ownLink"))).toBe(
      "approvals.errors.ownLink",
    );
    expect(apiErrorMessageKey(new ApiError(403, "forbidden", "m"))).toBe("apiErrors.forbidden");
    expect(apiErrorMessageKey(new TypeError("Failed to fetch"))).toBe("apiErrors.internal");
    expect(apiErrorKey(new ApiError(409, "conflict", "m", [], "planChanged"))).toBe("conflict");
  });

  it("has a sentence in both languages for every reason and every code", () => {
    const pick = (tree: unknown, key: string) =>
      key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);
    const keys = [
      ...ERROR_REASONS.map((reason) => new ApiError(400, "conflict", "m", [], reason)),
      ...ERROR_CODES.map((code) => new ApiError(400, code, "m")),
    ].map(apiErrorMessageKey);
    for (const key of keys) {
      expect(typeof pick(en, key), key).toBe("string");
      expect(typeof pick(zh, key), key).toBe("string");
    }
  });
});
