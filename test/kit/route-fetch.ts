import { NextRequest } from "next/server";
import { discoverRoutes } from "./routes";

type Handler = (request: NextRequest, segment: { params: Promise<unknown> }) => Promise<Response>;

/** `/api/links/[id]/submit` → a matcher capturing `id`. */
function matcherOf(pattern: string): RegExp {
  const segments = pattern.split("/").map((segment) => {
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    return name ? `(?<${name}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${segments.join("/")}$`);
}

/**
 * A `fetch` that hands each request to the app's real route handler in-process (withRoute and
 * all), for clients such as the CLI: the path picks the route file as Next's router would.
 */
export function routeFetch(): typeof fetch {
  const routes = discoverRoutes()
    .map((route) => ({ ...route, matcher: matcherOf(route.pattern) }))
    // Static segments win over dynamic ones, as in Next's router.
    .sort((a, b) => a.pattern.split("[").length - b.pattern.split("[").length);
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const route = routes.find((candidate) => candidate.matcher.test(url.pathname));
    if (!route) return new Response("not found", { status: 404 });
    const params = url.pathname.match(route.matcher)?.groups ?? {};
    const routeModule = (await import(route.file)) as Record<string, Handler | undefined>;
    const handler = routeModule[request.method];
    if (!handler) return new Response("method not allowed", { status: 405 });
    const body = ["GET", "HEAD"].includes(request.method) ? undefined : await request.text();
    const nextRequest = new NextRequest(url, {
      method: request.method,
      headers: request.headers,
      body: body || undefined,
    });
    return handler(nextRequest, { params: Promise.resolve(params) });
  };
}
