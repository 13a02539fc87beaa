import "server-only";
import http from "node:http";
import https from "node:https";
import { checkLiteralHost, guardedLookup, type AllowedNetworks } from "./targets";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** The Standard Webhooks spec's window (15–30 s); a platform slower than that has failed. */
const TIMEOUT_MS = 15_000;
/** More than any platform's answer: the rest is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs a JSON body and reads the answer, with the SSRF guard on every address the host resolves
 * to, no redirects followed (a 3xx is an answer like any other), and a deadline on the whole call.
 */
export function postJson(
  url: string,
  body: unknown,
  options: { headers?: Record<string, string>; allowed: AllowedNetworks; timeoutMs?: number },
): Promise<HttpAnswer> {
  const target = new URL(url);
  checkLiteralHost(target.hostname, options.allowed);
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup(options.allowed),
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(payload),
          "user-agent": "vpn-link-portal-notifier",
          ...options.headers,
        },
        timeout: options.timeoutMs ?? TIMEOUT_MS,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("The platform did not answer in time.")));
    request.on("error", reject);
    request.end(payload);
  });
}
