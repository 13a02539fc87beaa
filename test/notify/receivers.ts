import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { Webhook } from "standardwebhooks";

/**
 * Local stand-ins for the platforms, on loopback: each checks a request exactly as the platform
 * documents (DingTalk's and Feishu's signatures, Standard Webhooks via the spec's own verifier)
 * and answers with the platform's own bodies — including its HTTP-200 error bodies — so the
 * portal's classification, retries and dead letters meet the real shapes.
 */

/** One request as it arrived, and when (ms since the epoch). */
export type Received = {
  headers: http.IncomingHttpHeaders;
  url: string;
  body: string;
  json: unknown;
  at: number;
};
/** A scripted answer: HTTP status and body; status 0 never answers (the sender waits). */
export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

type Check = (request: Received) => Answer | null;

async function startReceiver(check: Check, ok: Answer) {
  const received: Received[] = [];
  const script: Answer[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      const request = { headers: req.headers, url: req.url ?? "", body, json, at: Date.now() };
      received.push(request);
      const checked = check(request);
      const answer = script.shift() ?? checked ?? ok;
      if (answer.status === 0) return;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    /** Answers the next requests with these, in order, whatever they carry. */
    answerNext: (...answers: Answer[]) => script.push(...answers),
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const HOUR_MS = 3_600_000;

/** DingTalk custom robot: 加签 in the query (ms timestamp within an hour), errcode in a 200 body. */
export function startDingtalk(secret: string) {
  return startReceiver(
    (request) => {
      const query = new URL(request.url, "http://robot").searchParams;
      const timestamp = query.get("timestamp") ?? "";
      const expected = createHmac("sha256", secret)
        .update(`${timestamp}\n${secret}`)
        .digest("base64");
      if (Math.abs(Date.now() - Number(timestamp)) > HOUR_MS) {
        return { status: 200, body: { errcode: 310000, errmsg: "invalid timestamp" } };
      }
      if (query.get("sign") !== expected) {
        return { status: 200, body: { errcode: 310000, errmsg: "sign not match" } };
      }
      return null;
    },
    { status: 200, body: { errcode: 0, errmsg: "ok" } },
  );
}

/** Feishu custom bot: timestamp (s) and sign in the body, key = `timestamp\nsecret`, empty message. */
export function startFeishu(secret: string) {
  return startReceiver(
    (request) => {
      const body = request.json as { timestamp?: string; sign?: string } | null;
      const timestamp = body?.timestamp ?? "";
      const expected = createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
      if (body?.sign !== expected || Math.abs(Date.now() / 1000 - Number(timestamp)) > 3600) {
        return {
          status: 200,
          body: {
            code: 19021,
            msg: "sign match fail or timestamp is not within one hour from current time",
          },
        };
      }
      return null;
    },
    { status: 200, body: { code: 0, msg: "success", data: {} } },
  );
}

/** WeCom group robot: no signature, the key in the URL. */
export function startWecom() {
  return startReceiver(() => null, { status: 200, body: { errcode: 0, errmsg: "ok" } });
}

/** Slack incoming webhook: 200 `ok`. */
export function startSlack() {
  return startReceiver(() => null, { status: 200, body: "ok" });
}

/**
 * A webhook endpoint that verifies with `standardwebhooks` (the spec's reference library) and
 * keeps the ids it processed, as the spec tells receivers to: a repeat is acknowledged, not redone.
 */
export async function startStandardWebhook(secret: () => string) {
  const processed = new Map<string, unknown>();
  const receiver = await startReceiver(
    (request) => {
      try {
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([key, value]) => [key, String(value)]),
        );
        const payload = new Webhook(secret()).verify(request.body, headers);
        const id = String(request.headers["webhook-id"]);
        if (!processed.has(id)) processed.set(id, payload);
        return null;
      } catch (error) {
        return { status: 401, body: { error: (error as Error).message } };
      }
    },
    { status: 204, body: "" },
  );
  return { ...receiver, processed };
}

/** An SMTP server in this process (smtp-server), every message parsed (mailparser). */
export async function startSmtpInbox() {
  const inbox: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    inbox,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
