// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { LinkWorkflowActions } from "./link-workflow-actions";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

const LINK = "7d0c2a1e-0000-4000-8000-000000000003";
const INTEGRITY = "site.tunnel.params.IPSECOptionsSpecification.IntegrityAlgorith";
const SPD_REMOTE = "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1";

/** The submit route's refusal of a design with blocking findings (lib/data/link-workflow.ts). */
function refuseSubmit() {
  vi.stubGlobal("fetch", () =>
    Promise.resolve(
      Response.json(
        {
          error: {
            code: "unprocessable",
            reason: "blockingFindings",
            message: "The design has blocking findings; fix them before submitting.",
            issues: [
              { path: INTEGRITY, message: "lint.crypto.integrityForbidden" },
              { path: SPD_REMOTE, message: "lint.address.spdOverlap" },
            ],
            requestId: "req-1",
          },
        },
        { status: 422 },
      ),
    ),
  );
}

function ui(locale: "en" | "zh-CN", designVersion: string) {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh}>
      <LinkWorkflowActions linkId={LINK} action="submit" designVersion={designVersion} />
    </NextIntlClientProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a refused submit", () => {
  it("names the fields to fix by their labels, linking to them, in the reader's language", async () => {
    refuseSubmit();
    const client = new QueryClient();
    render(<QueryClientProvider client={client}>{ui("zh-CN", "v1")}</QueryClientProvider>);
    fireEvent.click(screen.getByRole("button", { name: zh.approvals.panel.submit }));
    const list = await screen.findByRole("list", { name: zh.findings.refusedFields });
    const integrity = within(list).getByRole("link", { name: zh.findings.fields.ipsecIntegrity });
    expect(integrity.getAttribute("href")).toBe(
      "#field-site-tunnel-params-IPSECOptionsSpecification-IntegrityAlgorith",
    );
    const spd = zh.findings.fields.spdRemote.replace("{row}", "1").replace("{index}", "2");
    expect(within(list).getByRole("link", { name: spd })).toBeTruthy();
    expect(list.textContent).toContain("IntegrityAlgorith");
    expect(screen.getByRole("alert").textContent).not.toContain(INTEGRITY);
  });

  it("goes away once the design changes", async () => {
    refuseSubmit();
    const client = new QueryClient();
    const view = render(
      <QueryClientProvider client={client}>{ui("en", "v1")}</QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: en.approvals.panel.submit }));
    await screen.findByRole("list", { name: en.findings.refusedFields });
    view.rerender(<QueryClientProvider client={client}>{ui("en", "v1")}</QueryClientProvider>);
    expect(screen.queryByRole("list", { name: en.findings.refusedFields })).not.toBeNull();
    view.rerender(<QueryClientProvider client={client}>{ui("en", "v2")}</QueryClientProvider>);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
