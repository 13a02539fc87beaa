// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider, type IntlError } from "next-intl";
import type { ComponentType } from "react";
import { useForm } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { checkForm } from "@/lib/design/wizard/check-form";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { variant } from "@/test/kit";
import { GatewayStep } from "./steps/gateway-step";
import { KindStep } from "./steps/kind-step";
import { PeerStep } from "./steps/peer-step";
import { ReviewStep } from "./steps/review-step";
import { TunnelStep } from "./steps/tunnel-step";
import { WhereStep } from "./steps/where-step";
import { WizardContext, type WizardForm } from "./wizard-context";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

/** Every kind, both clouds, a new and an existing gateway, one and two Alibaba tunnels. */
const DESIGNS: Record<string, LinkDesignInput> = {
  "Tencent gateway": TENCENT_GATEWAY,
  "Alibaba gateway": ALIBABA_GATEWAY,
  "Tencent on-premises tunnel": TENCENT_ON_PREM,
  "Alibaba tunnel": ALIBABA_TUNNEL,
  "Alibaba dual tunnel": variant(ALIBABA_TUNNEL, (d) => {
    d.site.tunnel.params.TunnelOptionsSpecification = [
      { TunnelIkeConfig: { IkeVersion: "ikev2" } },
      { TunnelIkeConfig: { IkeVersion: "ikev2" } },
    ];
  }),
  "cloud ↔ cloud": CLOUD_TO_CLOUD,
};

const STEPS: Record<string, ComponentType> = {
  kind: KindStep,
  where: WhereStep,
  gateway: GatewayStep,
  peer: PeerStep,
  tunnel: TunnelStep,
  review: ReviewStep,
};

const LOCALES = { en, "zh-CN": zh } as const;

const CHECK = { hasStoredPsk: false };

function StepOf({ design, Step }: { design: LinkDesignInput; Step: ComponentType }) {
  const form = useForm<WizardForm>({ defaultValues: structuredClone(design) });
  const check = checkForm(structuredClone(design) as Record<string, unknown>, CHECK);
  return (
    <WizardContext.Provider
      value={{ form, check, showErrorsFor: () => true, hasStoredPsk: false, checker: undefined }}
    >
      <Step />
    </WizardContext.Provider>
  );
}

/** A message key shown instead of its text: `ike.encryption`, `wizard.fields.X`, `VpnGatewayName`. */
const LOOKS_LIKE_KEY = /^(?:[A-Za-z][A-Za-z0-9]*\.)+[A-Za-z][A-Za-z0-9]*$|^[A-Za-z]*[a-z][A-Z]\w*$/;

/** The texts a person reads as the name of a field or a group of fields. */
function labelTexts(container: HTMLElement): string[] {
  const nodes = container.querySelectorAll(
    "label > span.font-medium, legend, h3, h4, summary, th, dt, [data-path] > span:first-child",
  );
  return [...nodes].map((node) => (node.textContent ?? "").trim()).filter(Boolean);
}

beforeEach(() => {
  // The pickers stay loading: the labels are what is checked, not the live lists.
  vi.stubGlobal("fetch", () => new Promise(() => {}));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("every wizard step names its fields in words, in both languages", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    const messages = LOCALES[locale];
    for (const [designName, design] of Object.entries(DESIGNS)) {
      for (const [stepName, Step] of Object.entries(STEPS)) {
        it(`${locale} · ${designName} · ${stepName}`, () => {
          const missing: string[] = [];
          const { container } = render(
            <QueryClientProvider client={new QueryClient()}>
              <NextIntlClientProvider
                locale={locale}
                messages={messages}
                onError={(error: IntlError) => missing.push(error.message)}
              >
                <StepOf design={design} Step={Step} />
              </NextIntlClientProvider>
            </QueryClientProvider>,
          );
          expect(missing).toEqual([]);
          if (stepName === "review" && !checkForm(structuredClone(design), CHECK).design) {
            // A design the checks refuse has no review yet: the step says so, in words.
            expect(container.textContent).toBe(messages.wizard.review.incomplete);
            return;
          }
          const labels = labelTexts(container);
          expect(labels.length).toBeGreaterThan(0);
          expect(labels.filter((label) => LOOKS_LIKE_KEY.test(label))).toEqual([]);
        });
      }
    }
  }
});

describe("the cloud ↔ cloud suite", () => {
  it("labels each field in words, with both clouds' API names as the hint", () => {
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <NextIntlClientProvider locale="zh-CN" messages={zh}>
          <StepOf design={CLOUD_TO_CLOUD} Step={TunnelStep} />
        </NextIntlClientProvider>
      </QueryClientProvider>,
    );
    const field = container.querySelector('[data-path="tunnel.suite.ike.encryption"]');
    expect(field?.textContent).toContain(zh.wizard.fields.ike.encryption);
    expect(field?.textContent).toContain("PropoEncryAlgorithm · IkeEncAlg");
    const pfs = container.querySelector('[data-path="tunnel.suite.ipsec.pfsGroup"]');
    expect(pfs?.textContent).toContain(zh.wizard.fields.ipsec.pfsGroup);
    expect(pfs?.textContent).toContain("PfsDhGroup · IpsecPfs");
  });
});
