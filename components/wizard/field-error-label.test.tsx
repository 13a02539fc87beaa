// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ComponentType } from "react";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import * as checker from "@/lib/design/wizard/checker";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { variant } from "@/test/kit";
import { GatewayStep } from "./steps/gateway-step";
import { TunnelStep } from "./steps/tunnel-step";
import { WizardContext, type WizardForm } from "./wizard-context";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
afterEach(cleanup);

/** A Tencent on-premises design whose new gateway has no name, and one without a key. */
const NAMELESS = variant(TENCENT_ON_PREM, (d) => {
  if (d.site.gateway.mode === "new") d.site.gateway.params.VpnGatewayName = "";
});
const KEYLESS = variant(TENCENT_ON_PREM, (d) => {
  d.site.tunnel.psk = "";
});

/** One wizard step on `design`, with the checker loaded and every error shown. */
function StepOn({ design, Step }: { design: LinkDesignInput; Step: ComponentType }) {
  const form = useForm<WizardForm>({ defaultValues: structuredClone(design) });
  const check = checker.checkForm(structuredClone(design) as Record<string, unknown>, {
    hasStoredPsk: false,
  });
  return (
    <WizardContext.Provider
      value={{ form, check, showErrorsFor: () => true, hasStoredPsk: false, checker }}
    >
      <Step />
    </WizardContext.Provider>
  );
}

function renderStep(locale: "en" | "zh-CN", design: LinkDesignInput, Step: ComponentType) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
        <StepOn design={design} Step={Step} />
      </NextIntlClientProvider>
    </QueryClientProvider>,
  );
}

const errorAt = (path: string) =>
  document.querySelector(`[data-field-error="${path}"]`)?.textContent ?? "";

describe("a field's error names the field as the form labels it, not by its API name", () => {
  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("%s", (locale, messages) => {
    renderStep(locale, NAMELESS, GatewayStep);
    const error = errorAt("site.gateway.params.VpnGatewayName");
    expect(error.startsWith(messages.wizard.fields.VpnGatewayName), error).toBe(true);
    expect(error).not.toContain("VpnGatewayName");
    // The API name stays beside the label, as the secondary hint.
    expect(screen.getAllByText("VpnGatewayName").length).toBeGreaterThan(0);
  });

  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)(
    "%s: the SPD's local and remote CIDRs, which the schema names by their path",
    (locale, m) => {
      const badSpd = variant(TENCENT_ON_PREM, (d) => {
        d.site.tunnel.params.SecurityPolicyDatabases = [
          { LocalCidrBlock: "10.10.1.300/24", RemoteCidrBlock: ["192.168.1.0/33"] },
        ];
      });
      renderStep(locale, badSpd, TunnelStep);
      const spd = "site.tunnel.params.SecurityPolicyDatabases.0";
      const local = errorAt(`${spd}.LocalCidrBlock`);
      const remote = errorAt(`${spd}.RemoteCidrBlock.0`);
      expect(local.startsWith(m.wizard.tunnel.local), local).toBe(true);
      expect(remote.startsWith(m.wizard.tunnel.remote), remote).toBe(true);
      expect(`${local} ${remote}`).not.toContain("SecurityPolicyDatabases");
    },
  );

  it("the pre-shared key, which each cloud's API names its own way (not 'PreShareKey is required')", () => {
    renderStep("en", KEYLESS, TunnelStep);
    expect(errorAt("site.tunnel.psk")).toBe(`${en.wizard.tunnel.psk} is required`);
  });
});

describe("an optional select's 'not set' choice says what the cloud does then", () => {
  it.each([
    [
      "en",
      "Not set (cloud default; its docs disagree: restart / clear)",
      "Not set (cloud default: active)",
      "Not set (cloud default: STATIC)",
    ],
    [
      "zh-CN",
      "不设置（云平台默认值，文档说法不一：restart / clear）",
      "不设置（云平台默认：active）",
      "不设置（云平台默认：STATIC）",
    ],
  ] as const)(
    "%s: Tencent DpdAction names both documented defaults, NegotiationType and RouteType their one (as the doc writes it)",
    (locale, dpd, negotiation, routeType) => {
      renderStep(locale, TENCENT_ON_PREM, TunnelStep);
      const notSet = (name: string) =>
        document.querySelector(`select[name="site.tunnel.params.${name}"] option[value=""]`)
          ?.textContent;
      expect(notSet("DpdAction")).toBe(dpd);
      expect(notSet("NegotiationType")).toBe(negotiation);
      expect(notSet("RouteType")).toBe(routeType);
    },
  );
});
