// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/query/fetch-json";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import { draftDesign, installFakeDraftServer, waitForSaves } from "./test-draft-server";
import { useWizardDraft, wizardKey, type WizardStart } from "./use-wizard-draft";
import type { WizardForm } from "./wizard-context";

const server = installFakeDraftServer({ existing: ["draft-7"] });

const NEW: WizardStart = { step: "kind", data: {}, hasPsk: false };
const OPENED: WizardStart = {
  draftId: "draft-7",
  step: "tunnel",
  data: draftDesign("Opened link"),
  hasPsk: true,
};

type Props = { values: WizardForm; step: WizardStep };

function renderDraft(
  start: WizardStart,
  initial: Props = { values: start.data, step: start.step },
) {
  return renderHook((props: Props) => useWizardDraft({ start, ...props }), {
    initialProps: initial,
  });
}

describe("the wizard's draft", () => {
  it("resumes the draft the page opened: saves into it, creates none, keeps its stored key", async () => {
    const hook = renderDraft(OPENED);
    expect(hook.result.current.draftId).toBe("draft-7");
    expect(hook.result.current.hasStoredPsk).toBe(true);

    hook.rerender({ values: draftDesign("Opened link, renamed"), step: "review" });
    await waitForSaves(600);
    expect(server.requests()).toEqual(["PUT /api/wizard-drafts/draft-7"]);
    expect(server.saves()[0]!.body).toEqual({
      step: "review",
      data: draftDesign("Opened link, renamed"),
    });
    expect(hook.result.current.saveState.status).toBe("saved");
    expect(hook.result.current.hasStoredPsk).toBe(true);
  });

  it("saves nothing before a kind is chosen, then creates the draft and saves it", async () => {
    const hook = renderDraft(NEW);
    await waitForSaves(5_000);
    expect(server.sent).toEqual([]);
    expect(hook.result.current.draftId).toBeUndefined();

    hook.rerender({ values: draftDesign("New link"), step: "where" });
    await waitForSaves(600);
    expect(server.requests()).toEqual([
      "POST /api/wizard-drafts",
      "PUT /api/wizard-drafts/draft-1",
    ]);
    expect(hook.result.current.draftId).toBe("draft-1");
    expect(window.location.search).toBe("?draft=draft-1");
  });

  it("knows the draft holds a key once a save sent one", async () => {
    const hook = renderDraft(NEW, { values: draftDesign("Keyed"), step: "tunnel" });
    expect(hook.result.current.hasStoredPsk).toBe(false);
    hook.rerender({ values: draftDesign("Keyed", "Sz0ffice!Key-typed"), step: "tunnel" });
    await waitForSaves(600);
    expect(hook.result.current.hasStoredPsk).toBe(true);
  });

  it("finishes into a link, saving the latest form first", async () => {
    const hook = renderDraft(OPENED);
    hook.rerender({ values: draftDesign("Typed just before finishing"), step: "review" });
    let outcome: Awaited<ReturnType<typeof hook.result.current.finish>> | undefined;
    await act(async () => {
      outcome = await hook.result.current.finish();
    });
    expect(outcome).toEqual({ status: "finished", linkId: "link-1" });
    expect(server.requests()).toEqual([
      "PUT /api/wizard-drafts/draft-7",
      "POST /api/wizard-drafts/draft-7/finish",
    ]);
    expect(server.saves()[0]!.body).toEqual({
      step: "review",
      data: draftDesign("Typed just before finishing"),
    });
  });

  it("does not finish a draft whose last save failed", async () => {
    const hook = renderDraft(OPENED);
    server.refuseNextSave();
    let outcome: unknown;
    await act(async () => {
      outcome = await hook.result.current.finish();
    });
    expect(outcome).toEqual({ status: "notSaved" });
    expect(server.requests()).toEqual(["PUT /api/wizard-drafts/draft-7"]);
  });

  it("hands back the server's refusal with its field errors", async () => {
    const hook = renderDraft(OPENED);
    const issues = [{ path: "site.peer.params.IpAddress", message: "validation.ipv4" }];
    server.refuseNextFinish(issues);
    let outcome: Awaited<ReturnType<typeof hook.result.current.finish>> | undefined;
    await act(async () => {
      outcome = await hook.result.current.finish();
    });
    expect(outcome?.status).toBe("refused");
    const error = outcome?.status === "refused" ? outcome.error : undefined;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues).toEqual(issues);
  });

  it("discards the draft", async () => {
    const hook = renderDraft(OPENED);
    await act(() => hook.result.current.discard());
    expect(server.requests()).toEqual(["DELETE /api/wizard-drafts/draft-7"]);
  });

  it("keeps the wizard mounted when its own first save names the new draft, not for another draft", async () => {
    expect(wizardKey(NEW)).toBe("new");
    expect(wizardKey(OPENED)).toBe("draft-7");
    renderDraft(NEW, { values: draftDesign("Created here"), step: "kind" });
    await waitForSaves(600);
    // The page re-renders with the draft id this tab just put in the address.
    expect(wizardKey({ ...NEW, draftId: "draft-1" })).toBe("new");
  });
});
