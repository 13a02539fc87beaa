import { vi } from "vitest";

type Sent = { method: string; url: string; body: unknown };
type Issue = { path: string; message: string };

/**
 * The draft endpoints at the HTTP boundary, for the wizard's hook tests (a unit test has no portal
 * server): they answer as app/api/wizard-drafts does — create ("draft-1"), save, finish into a link
 * ("link-1"), delete — for a new draft and the `existing` ones, record what was sent, and can refuse
 * the next save or the next finish.
 */
export function fakeDraftServer({ existing = [] }: { existing?: string[] } = {}) {
  const sent: Sent[] = [];
  const drafts = new Set(existing);
  let refuseNextSave = false;
  let refuseNextFinish: Issue[] | undefined;
  const json = (status: number, data: unknown) =>
    new Response(JSON.stringify(data), { status, headers: { "content-type": "application/json" } });
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ method, url, body });
    if (method === "POST" && url === "/api/wizard-drafts") {
      drafts.add("draft-1");
      return json(201, { draft: { id: "draft-1", hasPsk: false } });
    }
    const [, id, action] = /^\/api\/wizard-drafts\/([^/]+)(?:\/(\w+))?$/.exec(url) ?? [];
    if (!id || !drafts.has(id))
      return json(404, { error: { code: "not_found", message: "no such draft" } });
    if (method === "PUT" && refuseNextSave) {
      refuseNextSave = false;
      return json(503, { error: { code: "internal", message: "database unavailable" } });
    }
    if (method === "PUT" && !action) {
      const data = (body as { data: { site?: { tunnel?: { psk?: string } } } }).data;
      return json(200, { draft: { id, hasPsk: Boolean(data.site?.tunnel?.psk) } });
    }
    if (method === "POST" && action === "finish") {
      const issues = refuseNextFinish;
      refuseNextFinish = undefined;
      if (issues) {
        return json(422, { error: { code: "unprocessable", message: "invalid design", issues } });
      }
      drafts.delete(id);
      return json(201, { link: { id: "link-1" } });
    }
    if (method === "DELETE" && !action) {
      drafts.delete(id);
      return new Response(null, { status: 204 });
    }
    return json(405, { error: { code: "bad_request", message: `${method} ${url}` } });
  });
  return {
    fetch,
    sent,
    requests: () => sent.map((request) => `${request.method} ${request.url}`),
    saves: () => sent.filter((request) => request.method === "PUT"),
    refuseNextSave: () => (refuseNextSave = true),
    refuseNextFinish: (issues: Issue[]) => (refuseNextFinish = issues),
  };
}
