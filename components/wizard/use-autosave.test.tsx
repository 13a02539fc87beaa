// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import { fakeDraftServer } from "./test-draft-server";
import { useAutosave } from "./use-autosave";
import type { WizardForm } from "./wizard-context";

type Props = { values: WizardForm; step: WizardStep; enabled: boolean };

function renderAutosave(initial: Props, onStoredPsk = vi.fn()) {
  const hook = renderHook(
    (props: Props) => useAutosave({ initialDraftId: undefined, onStoredPsk, ...props }),
    { initialProps: initial },
  );
  return { ...hook, onStoredPsk };
}

/** Lets the debounce run out and the requests it starts settle. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

const design = (name: string, psk = ""): WizardForm => {
  const values = structuredClone(TENCENT_ON_PREM);
  if (values.kind !== "onPrem" || values.site.provider !== "tencent")
    throw new Error("a Tencent on-premises design");
  return { ...values, name, site: { ...values.site, tunnel: { ...values.site.tunnel, psk } } };
};

let server: ReturnType<typeof fakeDraftServer>;
beforeEach(() => {
  vi.useFakeTimers();
  server = fakeDraftServer();
  vi.stubGlobal("fetch", server.fetch);
  window.history.replaceState(null, "", "/links/new");
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the wizard's autosave", () => {
  it("waits for a pause in typing, then creates the draft and sends the latest form once", async () => {
    const hook = renderAutosave({ values: design("G"), step: "tunnel", enabled: true });
    expect(hook.result.current.state.status).toBe("pending");
    for (const name of ["Gu", "Gua", "Guangzhou link"]) {
      await wait(300);
      hook.rerender({ values: design(name), step: "tunnel", enabled: true });
    }
    await wait(599);
    expect(server.sent).toEqual([]);

    await wait(1);
    expect(server.sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /api/wizard-drafts",
      "PUT /api/wizard-drafts/draft-1",
    ]);
    expect(server.saves()[0]!.body).toEqual({ step: "tunnel", data: design("Guangzhou link") });
    expect(hook.result.current.draftId).toBe("draft-1");
    expect(window.location.search).toBe("?draft=draft-1");
    expect(hook.result.current.state.status).toBe("saved");

    await wait(5_000);
    expect(server.saves()).toHaveLength(1);
  });

  it("saves again on a step change, into the same draft", async () => {
    const hook = renderAutosave({ values: design("Link"), step: "where", enabled: true });
    await wait(600);
    hook.rerender({ values: design("Link"), step: "gateway", enabled: true });
    expect(hook.result.current.state.status).toBe("pending");
    await wait(600);
    expect(server.sent.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(server.saves().map((r) => (r.body as { step: string }).step)).toEqual([
      "where",
      "gateway",
    ]);
  });

  it("reports a failed save and saves the next change", async () => {
    const hook = renderAutosave({ values: design("Link"), step: "kind", enabled: true });
    server.refuseNextSave();
    await wait(600);
    expect(hook.result.current.state).toEqual({
      status: "error",
      message: "database unavailable",
    });

    hook.rerender({ values: design("Link 2"), step: "kind", enabled: true });
    await wait(600);
    expect(hook.result.current.state.status).toBe("saved");
    expect(server.saves().at(-1)!.body).toEqual({ step: "kind", data: design("Link 2") });
    expect(hook.result.current.draftId).toBe("draft-1");
  });

  it("saves nothing before a kind is chosen", async () => {
    const hook = renderAutosave({ values: {}, step: "kind", enabled: false });
    await wait(5_000);
    expect(server.sent).toEqual([]);
    expect(hook.result.current.state.status).toBe("idle");
  });

  it("sends the key only in the body of the draft's save, never in an address", async () => {
    const key = "Sz0ffice!Key-typed";
    const hook = renderAutosave({ values: design("Link", key), step: "tunnel", enabled: true });
    await wait(600);
    const carrying = server.sent.filter((r) => JSON.stringify(r).includes(key));
    expect(carrying.map((r) => `${r.method} ${r.url}`)).toEqual(["PUT /api/wizard-drafts/draft-1"]);
    expect(server.sent.every((r) => !r.url.includes(encodeURIComponent(key)))).toBe(true);
    expect(window.location.href).not.toContain(key);
    expect(window.location.href).not.toContain(encodeURIComponent(key));
    expect(hook.onStoredPsk).toHaveBeenCalledOnce();
  });

  it("saves at once on request and answers with the draft id", async () => {
    const hook = renderAutosave({ values: design("Link"), step: "review", enabled: true });
    let id: string | undefined;
    await act(async () => {
      id = await hook.result.current.saveNow();
    });
    expect(id).toBe("draft-1");
    expect(server.saves()).toHaveLength(1);
  });
});
