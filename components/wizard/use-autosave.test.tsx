// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import { draftDesign, installFakeDraftServer, waitForSaves } from "./test-draft-server";
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

const server = installFakeDraftServer();

describe("the wizard's autosave", () => {
  it("waits for a pause in typing, then creates the draft and sends the latest form once", async () => {
    const hook = renderAutosave({ values: draftDesign("G"), step: "tunnel", enabled: true });
    expect(hook.result.current.state.status).toBe("pending");
    for (const name of ["Gu", "Gua", "Guangzhou link"]) {
      await waitForSaves(300);
      hook.rerender({ values: draftDesign(name), step: "tunnel", enabled: true });
    }
    await waitForSaves(599);
    expect(server.sent).toEqual([]);

    await waitForSaves(1);
    expect(server.sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /api/wizard-drafts",
      "PUT /api/wizard-drafts/draft-1",
    ]);
    expect(server.saves()[0]!.body).toEqual({
      step: "tunnel",
      data: draftDesign("Guangzhou link"),
    });
    expect(hook.result.current.draftId).toBe("draft-1");
    expect(window.location.search).toBe("?draft=draft-1");
    expect(hook.result.current.state.status).toBe("saved");

    await waitForSaves(5_000);
    expect(server.saves()).toHaveLength(1);
  });

  it("saves again on a step change, into the same draft", async () => {
    const hook = renderAutosave({ values: draftDesign("Link"), step: "where", enabled: true });
    await waitForSaves(600);
    hook.rerender({ values: draftDesign("Link"), step: "gateway", enabled: true });
    expect(hook.result.current.state.status).toBe("pending");
    await waitForSaves(600);
    expect(server.sent.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(server.saves().map((r) => (r.body as { step: string }).step)).toEqual([
      "where",
      "gateway",
    ]);
  });

  it("reports a failed save and saves the next change", async () => {
    const hook = renderAutosave({ values: draftDesign("Link"), step: "kind", enabled: true });
    server.refuseNextSave();
    await waitForSaves(600);
    expect(hook.result.current.state).toEqual({
      status: "error",
      message: "database unavailable",
    });

    hook.rerender({ values: draftDesign("Link 2"), step: "kind", enabled: true });
    await waitForSaves(600);
    expect(hook.result.current.state.status).toBe("saved");
    expect(server.saves().at(-1)!.body).toEqual({ step: "kind", data: draftDesign("Link 2") });
    expect(hook.result.current.draftId).toBe("draft-1");
  });

  it("saves nothing before a kind is chosen", async () => {
    const hook = renderAutosave({ values: {}, step: "kind", enabled: false });
    await waitForSaves(5_000);
    expect(server.sent).toEqual([]);
    expect(hook.result.current.state.status).toBe("idle");
  });

  it("sends the key only in the body of the draft's save, never in an address", async () => {
    const key = "Sz0ffice!Key-typed";
    const hook = renderAutosave({
      values: draftDesign("Link", key),
      step: "tunnel",
      enabled: true,
    });
    await waitForSaves(600);
    const carrying = server.sent.filter((r) => JSON.stringify(r).includes(key));
    expect(carrying.map((r) => `${r.method} ${r.url}`)).toEqual(["PUT /api/wizard-drafts/draft-1"]);
    expect(server.sent.every((r) => !r.url.includes(encodeURIComponent(key)))).toBe(true);
    expect(window.location.href).not.toContain(key);
    expect(window.location.href).not.toContain(encodeURIComponent(key));
    expect(hook.onStoredPsk).toHaveBeenCalledOnce();
  });

  it("saves at once on request and answers with the draft id", async () => {
    const hook = renderAutosave({ values: draftDesign("Link"), step: "review", enabled: true });
    let id: string | undefined;
    await act(async () => {
      id = await hook.result.current.saveNow();
    });
    expect(id).toBe("draft-1");
    expect(server.saves()).toHaveLength(1);
  });
});
