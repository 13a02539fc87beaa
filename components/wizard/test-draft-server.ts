import { act } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { WizardForm } from "./wizard-context";

type Sent = { method: string; url: string; body: unknown };
type Issue = { path: string; message: string };

/**
 * The draft endpoints at the HTTP boundary, for the wizard's hook tests (a unit test has no portal
 * server): they answer as app/api/wizard-drafts does — create ("draft-1"), save, finish into a link
 * ("link-1"), delete — for a new draft and the `existing` ones, record what was sent, and can refuse
 * the next save or the next finish. `reset()` forgets everything sent and created.
 */
export function fakeDraftServer({ existing = [] }: { existing?: string[] } = {}) {
  const sent: Sent[] = [];
  let drafts = new Set(existing);
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
    if (!id || !drafts.has(id)) {
      return json(404, { error: { code: "not_found", message: "no such draft" } });
    }
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
    reset: () => {
      sent.length = 0;
      drafts = new Set(existing);
      refuseNextSave = false;
      refuseNextFinish = undefined;
    },
  };
}

/**
 * For every test of the file: fake timers, the fake draft server (fresh) as `fetch`, and the
 * browser on the new-link page; all undone after the test.
 */
export function installFakeDraftServer(options?: { existing?: string[] }) {
  const server = fakeDraftServer(options);
  beforeEach(() => {
    vi.useFakeTimers();
    server.reset();
    vi.stubGlobal("fetch", server.fetch);
    window.history.replaceState(null, "", "/links/new");
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return server;
}

/** Lets the autosave's pause run out and the requests it starts settle. */
export const waitForSaves = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** A complete design (Tencent, on-premises) named `name`, with `psk` typed in its key box. */
export function draftDesign(name: string, psk = ""): WizardForm {
  const values = structuredClone(TENCENT_ON_PREM);
  if (values.kind !== "onPrem" || values.site.provider !== "tencent")
    throw new Error("a Tencent on-premises design");
  return { ...values, name, site: { ...values.site, tunnel: { ...values.site.tunnel, psk } } };
}
