import { z } from "zod";
import type { IncomingCall, Reply, SimContext } from "../context";
import { sweep } from "../store/lifecycle";
import { ALIBABA_ACTIONS } from "../alibaba/handler";
import { TENCENT_ACTIONS } from "../tencent/handler";
import { type Fault, setFaultsBodySchema } from "./faults";
import { CloudApiError } from "../http/cloud-error";
import { seedBulk, seedBulkBodySchema } from "./bulk";
import { payOrder, payOrderBodySchema } from "./orders";
import { listResources } from "./resources";
import { seedUnownedBodySchema, seedUnownedTunnel } from "./unowned";

const advanceBodySchema = z.strictObject({
  ms: z
    .number()
    .int()
    .min(0)
    .max(365 * 24 * 3600_000),
});

const setLimitBodySchema = z.strictObject({
  provider: z.enum(["tencent", "alibaba"]),
  action: z.string().min(1),
  max: z.number().int().min(1).max(100_000),
  windowMs: z.number().int().min(1).max(3600_000),
});

function isKnownAction(fault: Pick<Fault, "provider" | "action">): boolean {
  if (fault.action === "*") return true;
  const tencent = fault.provider !== "alibaba" && Object.hasOwn(TENCENT_ACTIONS, fault.action);
  const alibaba = fault.provider !== "tencent" && Object.hasOwn(ALIBABA_ACTIONS, fault.action);
  return tencent || alibaba;
}

function bad(message: string, issues?: unknown): Reply {
  return { status: 400, body: { error: { code: "InvalidRequest", message, issues } } };
}

/** The JSON body (`{}` if empty) as `schema` reads it, or the 400 saying what was `expected`. */
function readBody<S extends z.ZodType>(
  call: IncomingCall,
  schema: S,
  expected: string,
): { ok: true; value: z.infer<S> } | { ok: false; reply: Reply } {
  let json: unknown = {};
  if (call.body.length > 0) {
    try {
      json = JSON.parse(call.body.toString("utf8"));
    } catch {
      return { ok: false, reply: bad("The body is not valid JSON.") };
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, reply: bad(expected, z.treeifyError(parsed.error)) };
  return { ok: true, value: parsed.data };
}

/**
 * Sandbox control interface (not part of either cloud's API):
 * GET /_sim/resources, GET|POST|DELETE /_sim/faults, POST /_sim/reset, POST /_sim/advance,
 * POST /_sim/unowned, POST /_sim/bulk, POST /_sim/orders/pay.
 */
export function handleControl(
  call: IncomingCall,
  ctx: SimContext,
  advance: (ms: number) => void,
): Reply {
  const route = `${call.method} ${call.url.pathname}`;
  switch (route) {
    case "GET /_sim/resources": {
      if (sweep(ctx.store.state, ctx.clock.now())) ctx.store.save();
      return { status: 200, body: listResources(ctx.store.state, ctx.clock.now()) };
    }
    case "POST /_sim/limits": {
      const body = readBody(
        call,
        setLimitBodySchema,
        'Expected {"provider": "tencent" | "alibaba", "action": <a simulated action>, "max": 1-100000, "windowMs": 1-3600000}.',
      );
      if (!body.ok) return body.reply;
      const { provider, action, max, windowMs } = body.value;
      if (!isKnownAction({ provider, action })) {
        return bad(`Unknown action "${action}" for ${provider}.`);
      }
      ctx.limiter.setLimit(provider, action, { max, windowMs });
      return { status: 200, body: { limit: body.value } };
    }
    case "GET /_sim/throttled":
      return { status: 200, body: { throttled: ctx.limiter.refusals() } };
    case "GET /_sim/faults":
      return { status: 200, body: { faults: ctx.faults.list() } };
    case "DELETE /_sim/faults":
      ctx.faults.clear();
      return { status: 200, body: { faults: [] } };
    case "POST /_sim/faults": {
      const body = readBody(call, setFaultsBodySchema, "Invalid fault specification.");
      if (!body.ok) return body.reply;
      const faults = "faults" in body.value ? body.value.faults : [body.value];
      const unknown = faults.find((f) => !isKnownAction(f));
      if (unknown) {
        return bad(
          `Unknown action "${unknown.action}" for ${unknown.provider ?? "either provider"}; use a simulated action name or "*".`,
        );
      }
      for (const fault of faults) ctx.faults.add(fault);
      return { status: 200, body: { faults: ctx.faults.list() } };
    }
    case "POST /_sim/reset":
      ctx.store.reset();
      ctx.faults.clear();
      ctx.limiter.reset();
      ctx.nonces.reset();
      return { status: 200, body: { reset: true } };
    case "POST /_sim/advance": {
      const body = readBody(call, advanceBodySchema, 'Expected {"ms": <non-negative integer>}.');
      if (!body.ok) return body.reply;
      advance(body.value.ms);
      return { status: 200, body: { now: new Date(ctx.clock.now()).toISOString() } };
    }
    case "POST /_sim/unowned":
      return seedRoute(
        call,
        ctx,
        seedUnownedBodySchema,
        'Expected {"provider": "tencent" | "alibaba"}.',
        (body) => seedUnownedTunnel(ctx, body.provider),
      );
    case "POST /_sim/bulk":
      return seedRoute(
        call,
        ctx,
        seedBulkBodySchema,
        'Expected {"provider": "tencent" | "alibaba", "region": <a simulated region>, "count": 1-1500}.',
        (body) => seedBulk(ctx, body),
      );
    case "POST /_sim/orders/pay":
      return seedRoute(
        call,
        ctx,
        payOrderBodySchema,
        'Expected {"OrderId": <the order of a PREPAY gateway created without AutoPay>}.',
        (body) => payOrder(ctx, body),
      );
    default:
      return {
        status: 404,
        body: { error: { code: "NotFound", message: `No control route ${route}.` } },
      };
  }
}

/**
 * A control route that seeds resources: the body checked, the seed made and saved. A cloud answer
 * on the way (e.g. a quota the earlier seeds used up) is the answer, as a conflict.
 */
function seedRoute<Body>(
  call: IncomingCall,
  ctx: SimContext,
  schema: z.ZodType<Body>,
  expected: string,
  seed: (body: Body) => unknown,
): Reply {
  const body = readBody(call, schema, expected);
  if (!body.ok) return body.reply;
  try {
    return { status: 200, body: seed(body.value) };
  } catch (error) {
    if (!(error instanceof CloudApiError)) throw error;
    return { status: 409, body: { error: { code: error.code, message: error.message } } };
  } finally {
    ctx.store.save();
  }
}
