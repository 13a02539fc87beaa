// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { DiscardLinkButton } from "./discard-link-button";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const LINK = "7d0c2a1e-0000-4000-8000-000000000002";

/** Stubs fetch with one answer; returns the requests sent (method, url, body). */
function answer(status: number, body: unknown) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    sent.push({
      method: init.method ?? "GET",
      url,
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    return Promise.resolve(Response.json(body, { status }));
  });
  return sent;
}

function renderButton() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NextIntlClientProvider locale="en" messages={en}>
        <DiscardLinkButton linkId={LINK} />
      </NextIntlClientProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: en.links.discard.button }));
  return screen.getByRole("alertdialog", { name: en.links.discard.title });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  router.refresh.mockClear();
});

describe("DiscardLinkButton", () => {
  it("asks first: cancelling sends nothing", () => {
    const sent = answer(200, {});
    const dialog = renderButton();
    expect(dialog.textContent).toContain(en.links.discard.body);
    fireEvent.click(within(dialog).getByRole("button", { name: en.links.discard.cancel }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(sent).toEqual([]);
  });

  it("sends the trimmed reason, then refreshes the page", async () => {
    const sent = answer(200, { link: { id: LINK, state: "discarded" } });
    const dialog = renderButton();
    fireEvent.change(within(dialog).getByLabelText(en.links.discard.reason), {
      target: { value: "  Duplicate  " },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: en.links.discard.confirm }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalledOnce());
    expect(sent).toEqual([
      { method: "POST", url: `/api/links/${LINK}/discard`, body: { reason: "Duplicate" } },
    ]);
  });

  it("says what is wrong with a reason that is too long, and sends nothing", () => {
    const sent = answer(200, {});
    const dialog = renderButton();
    fireEvent.change(within(dialog).getByLabelText(en.links.discard.reason), {
      target: { value: "x".repeat(2001) },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: en.links.discard.confirm }));
    expect(screen.getByTestId("discard-reason-error").textContent).toBe(
      en.validation.reasonTooLong,
    );
    expect(sent).toEqual([]);
  });

  it("explains the server's refusal in the reader's language", async () => {
    answer(409, {
      error: {
        code: "conflict",
        reason: "notDiscardable",
        message: "Only a draft or rejected link can be discarded (this link is submitted).",
        requestId: "r1",
      },
    });
    const dialog = renderButton();
    fireEvent.click(within(dialog).getByRole("button", { name: en.links.discard.confirm }));
    expect((await screen.findByRole("alert")).textContent).toBe(en.approvals.errors.notDiscardable);
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
