import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import {
  jsonDepthExceeds,
  MAX_BODY_BYTES,
  MAX_BODY_DEPTH,
  readJson,
  readOptionalJson,
} from "./read-json";

const anything = z.unknown();

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/x", { method: "POST", body, headers });
}

async function refusal(request: Request) {
  const error = await readJson(request, anything).then(
    () => expect.unreachable("readJson should refuse"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJson", () => {
  it("parses a body within the limits", async () => {
    const body = { a: [1, { b: "two\nlines" }] };
    expect(await readJson(post(JSON.stringify(body)), anything)).toEqual(body);
  });

  it("refuses a body past the size limit with 413, by header or by counting", async () => {
    const big = JSON.stringify({ x: "y".repeat(MAX_BODY_BYTES) });
    expect((await refusal(post(big))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode(" ".repeat(64 * 1024)));
      },
    });
    const streamed = new Request("http://localhost/api/x", {
      method: "POST",
      body: stream,
      // @ts-expect-error Node's fetch needs it for a stream body
      duplex: "half",
    });
    expect((await refusal(streamed)).code).toBe("payload_too_large");
  });

  it("refuses nesting past the depth limit with 400, before parsing", async () => {
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(await readJson(post(deep(MAX_BODY_DEPTH)), anything)).toBeDefined();
    const error = await refusal(post(deep(MAX_BODY_DEPTH + 1)));
    expect(error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/nested/) });
    expect((await refusal(post(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`))).status).toBe(
      400,
    );
  });

  it("counts only structure outside strings", () => {
    expect(jsonDepthExceeds(JSON.stringify({ s: '[[[[[[[[[[\\"{{{{{{' }), 2)).toBe(false);
    expect(jsonDepthExceeds('[[["\\\\"]]]', 2)).toBe(true);
  });

  it("refuses control characters and lone surrogates with 422 naming the field", async () => {
    const nul = await refusal(post(JSON.stringify({ data: { name: "a\u0000b" } })));
    expect(nul).toMatchObject({ code: "unprocessable" });
    expect(nul.issues).toEqual([
      { path: "data.name", message: "data.name must not contain control characters" },
    ]);
    const lone = await refusal(post('{"comment":"\\ud800"}'));
    expect(lone.issues?.[0]).toEqual({
      path: "comment",
      message: "comment must be well-formed Unicode text",
    });
    const key = await refusal(post('{"data":{"a\\u0000":1}}'));
    expect(key.issues?.[0]?.message).toBe("data keys must not contain control characters");
  });

  it("answers 400 for a body that is not JSON", async () => {
    expect((await refusal(post("{nope"))).code).toBe("bad_request");
    expect((await refusal(post(""))).code).toBe("bad_request");
  });

  it("reads a left-out optional body as {} for the schema; anything sent must still be JSON", async () => {
    const reason = z.strictObject({ reason: z.string().optional() });
    const bodyless = new Request("http://localhost/api/x", { method: "POST" });
    expect(await readOptionalJson(bodyless, reason)).toEqual({});
    expect(await readOptionalJson(post(""), reason)).toEqual({});
    expect(await readOptionalJson(post('{"reason":"why"}'), reason)).toEqual({ reason: "why" });
    const refused = (body: string) =>
      readOptionalJson(post(body), reason).then(
        () => expect.unreachable(`readOptionalJson should refuse ${body}`),
        (caught: unknown) => caught as { status: number },
      );
    expect((await refused(" ")).status).toBe(400);
    expect((await refused("{nope")).status).toBe(400);
    expect((await refused('{"reason":"a\\u0000"}')).status).toBe(422);
    // A sent body the schema refuses is not mistaken for a missing one.
    await expect(readOptionalJson(post("null"), reason)).rejects.toThrow();
    await expect(readOptionalJson(post('{"other":1}'), reason)).rejects.toThrow();
  });
});
