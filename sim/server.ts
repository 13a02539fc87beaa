import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAlibaba } from "./alibaba/handler";
import { type IncomingCall, type Reply, type SimContext, sleep } from "./context";
import { FaultRegistry } from "./control/faults";
import { handleControl } from "./control/routes";
import { NonceCache, RateLimiter } from "./http/rate-limit";
import { Store } from "./store/store";
import {
  type Clock,
  DEFAULT_QUOTAS,
  DEFAULT_TIMINGS,
  SANDBOX_CREDENTIALS,
  type SimCredentials,
  type SimQuotas,
  type SimTimings,
  systemClock,
} from "./types";
import { handleTencent } from "./tencent/handler";

const MAX_BODY_BYTES = 1024 * 1024;
const NONCE_TTL_MS = 15 * 60_000;

export interface StartSimulatorOptions {
  /** TCP port; 0 picks a free one (tests). Default 4566. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Folder for state.json; omit to keep state in memory only. */
  dataDir?: string;
  clock?: Clock;
  credentials?: SimCredentials;
  timings?: Partial<SimTimings>;
  quotas?: Partial<SimQuotas>;
  /** Per-action rate limits (default on). */
  rateLimits?: boolean;
}

export interface RunningSimulator {
  /** e.g. `http://127.0.0.1:4566` */
  url: string;
  port: number;
  ctx: SimContext;
  /** Moves the simulator's clock forward (also POST /_sim/advance). */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** Starts the cloud simulator: both providers' wire protocols plus /_sim control routes on one port. */
export async function startSimulator(
  options: StartSimulatorOptions = {},
): Promise<RunningSimulator> {
  const base = options.clock ?? systemClock;
  let offset = 0;
  const clock: Clock = { now: () => base.now() + offset };
  const ctx: SimContext = {
    store: new Store(options.dataDir),
    clock,
    credentials: options.credentials ?? SANDBOX_CREDENTIALS,
    timings: { ...DEFAULT_TIMINGS, ...options.timings },
    quotas: { ...DEFAULT_QUOTAS, ...options.quotas },
    faults: new FaultRegistry(),
    limiter: new RateLimiter(clock),
    nonces: new NonceCache(clock, NONCE_TTL_MS),
    rateLimits: options.rateLimits ?? true,
  };
  const advance = (ms: number) => {
    offset += ms;
  };

  const server = createServer((req, res) => {
    void serve(req, res, ctx, advance);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4566, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    ctx,
    advance,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: SimContext,
  advance: (ms: number) => void,
) {
  try {
    const body = await readBody(req);
    if (body === undefined) {
      return send(res, {
        status: 413,
        body: { error: { code: "RequestSizeLimitExceeded", message: "Body over 1 MiB." } },
      });
    }
    const call: IncomingCall = {
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://sim.invalid"),
      headers: req.headers,
      body,
    };
    let reply: Reply;
    if (call.url.pathname.startsWith("/_sim/")) reply = handleControl(call, ctx, advance);
    else if (isTencent(call)) reply = await handleTencent(call, ctx);
    else reply = await handleAlibaba(call, ctx);
    if (reply.delayMs) await sleep(reply.delayMs);
    if (reply.drop) {
      req.socket.destroy();
      return;
    }
    send(res, reply);
  } catch (error) {
    console.error("[sim] unexpected error", error);
    if (!res.headersSent)
      send(res, {
        status: 500,
        body: { error: { code: "InternalError", message: "Simulator error." } },
      });
  }
}

function isTencent(call: IncomingCall): boolean {
  const auth = call.headers.authorization;
  return (
    call.headers["x-tc-action"] !== undefined ||
    (typeof auth === "string" && auth.startsWith("TC3-"))
  );
}

function send(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooBig ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
