import { vi } from "vitest";

/**
 * A fake portal API for the lib/query tests: stubs fetch, answers by "METHOD path" (404 for any
 * other request) and records every request in order.
 */
export function fakeApi(routes: Record<string, () => unknown>) {
  const requests: string[] = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    const request = `${init.method ?? "GET"} ${url}`;
    requests.push(request);
    const route = routes[request];
    return Promise.resolve(
      route
        ? Response.json(route())
        : Response.json({ error: { code: "not_found", message: request } }, { status: 404 }),
    );
  });
  return requests;
}
