import type { z } from "zod";
import { readJson } from "@/lib/api/read-json";
import { withRoute, type GuardedRouteOptions, type RouteContext } from "@/lib/api/with-route";

/**
 * The POST handler of a route that creates something from its body: the body is read and checked
 * with `schema`, `create` makes the thing from it, and what `create` returns is the answer, with
 * 201 Created.
 */
export const createRoute = <S extends z.ZodType>(
  schema: S,
  create: (body: z.infer<S>, ctx: RouteContext<Record<string, never>>) => Promise<unknown>,
  options: GuardedRouteOptions,
) =>
  withRoute(async (ctx) => {
    const body = await readJson(ctx.request, schema);
    return Response.json(await create(body, ctx), { status: 201 });
  }, options);
