// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import * as checker from "@/lib/design/wizard/checker";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { variant } from "@/test/kit";
import { GatewayStep } from "./steps/gateway-step";
import { WizardContext, type WizardForm } from "./wizard-context";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
afterEach(cleanup);

/** A Tencent on-premises design whose new gateway has no name. */
const NAMELESS = variant(TENCENT_ON_PREM, (d) => {
  if (d.site.gateway.mode === "new") d.site.gateway.params.VpnGatewayName = "";
});

function Gateway({ design }: { design: LinkDesignInput }) {
  const form = useForm<WizardForm>({ defaultValues: structuredClone(design) });
  const check = checker.checkForm(structuredClone(design) as Record<string, unknown>, {
    hasStoredPsk: false,
  });
  return (
    <WizardContext.Provider
      value={{ form, check, showErrorsFor: () => true, hasStoredPsk: false, checker }}
    >
      <GatewayStep />
    </WizardContext.Provider>
  );
}

const PATH = "site.gateway.params.VpnGatewayName";

describe("a field's error names the field as the form labels it, not by its API name", () => {
  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("%s", (locale, messages) => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
          <Gateway design={NAMELESS} />
        </NextIntlClientProvider>
      </QueryClientProvider>,
    );
    const label = messages.wizard.fields.VpnGatewayName;
    const error = document.querySelector(`[data-field-error="${PATH}"]`)?.textContent ?? "";
    expect(error.startsWith(label), error).toBe(true);
    expect(error).not.toContain("VpnGatewayName");
    // The API name stays beside the label, as the secondary hint.
    expect(screen.getAllByText("VpnGatewayName").length).toBeGreaterThan(0);
  });
});

describe("the pre-shared key's error names it as the form does", () => {
  it("en: not 'Psk is required'", async () => {
    const { TunnelStep } = await import("./steps/tunnel-step");
    const keyless = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.psk = "";
    });
    function Tunnel() {
      const form = useForm<WizardForm>({ defaultValues: structuredClone(keyless) });
      const check = checker.checkForm(structuredClone(keyless) as Record<string, unknown>, {
        hasStoredPsk: false,
      });
      return (
        <WizardContext.Provider
          value={{ form, check, showErrorsFor: () => true, hasStoredPsk: false, checker }}
        >
          <TunnelStep />
        </WizardContext.Provider>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
          <Tunnel />
        </NextIntlClientProvider>
      </QueryClientProvider>,
    );
    const error = document.querySelector('[data-field-error="site.tunnel.psk"]')?.textContent;
    expect(error).toBe(`${en.wizard.tunnel.psk} is required`);
  });
});
