// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ALIBABA_TUNNEL } from "@/lib/design/link/test-designs";
import { useTunnelCount } from "./use-tunnel-count";
import { WizardContext, useWizard, type WizardForm } from "./wizard-context";

const PARAMS = "site.tunnel.params";
function alibabaTunnel() {
  const design = structuredClone(ALIBABA_TUNNEL);
  if (design.kind !== "tunnel" || design.site.provider !== "alibaba")
    throw new Error("an Alibaba tunnel design");
  return { design, params: design.site.tunnel.params };
}
const typedParams = alibabaTunnel().params;

function WizardOf({ start, children }: { start: WizardForm; children: ReactNode }) {
  const form = useForm<WizardForm>({ defaultValues: structuredClone(start) });
  const check = { design: undefined, issues: [], findings: [] };
  return (
    <WizardContext.Provider
      value={{ form, check, showErrorsFor: () => false, hasStoredPsk: false, checker: undefined }}
    >
      {children}
    </WizardContext.Provider>
  );
}

function renderTunnelCount(start: WizardForm) {
  return renderHook(() => ({ form: useWizard().form, ...useTunnelCount(PARAMS) }), {
    wrapper: ({ children }) => <WizardOf start={start}>{children}</WizardOf>,
  });
}

describe("switching an Alibaba tunnel between one and two tunnels in the wizard", () => {
  it("moves the typed crypto, DPD and BGP into both tunnels and back", () => {
    const typed = {
      ...typedParams,
      EnableDpd: false,
      BgpConfig: { EnableBgp: true, LocalAsn: 65010, TunnelCidr: "169.254.11.0/30" },
    };
    const { design: start, params } = alibabaTunnel();
    Object.assign(params, typed);
    const hook = renderTunnelCount(start);
    expect(hook.result.current.dual).toBe(false);

    act(() => hook.result.current.setDual(true));
    expect(hook.result.current.dual).toBe(true);
    const dual: Record<string, unknown> = hook.result.current.form.getValues(PARAMS) ?? {};
    expect(dual.IkeConfig).toBeUndefined();
    expect(dual.EnableTunnelsBgp).toBe(true);
    expect(dual.TunnelOptionsSpecification).toEqual([
      {
        Role: "master",
        EnableDpd: false,
        TunnelIkeConfig: typed.IkeConfig,
        TunnelIpsecConfig: typed.IpsecConfig,
        TunnelBgpConfig: { LocalAsn: 65010, TunnelCidr: "169.254.11.0/30" },
      },
      {
        Role: "slave",
        EnableDpd: false,
        TunnelIkeConfig: typed.IkeConfig,
        TunnelIpsecConfig: typed.IpsecConfig,
      },
    ]);

    act(() => hook.result.current.setDual(false));
    expect(hook.result.current.dual).toBe(false);
    expect(hook.result.current.form.getValues(PARAMS)).toEqual(typed);
  });

  it("keeps what was typed into the master tunnel when going back to one", () => {
    const hook = renderTunnelCount(ALIBABA_TUNNEL as WizardForm);
    act(() => hook.result.current.setDual(true));
    const masterIke = `${PARAMS}.TunnelOptionsSpecification.0.TunnelIkeConfig.IkeLifetime`;
    act(() => hook.result.current.form.setValue(masterIke, 28800));
    act(() => hook.result.current.setDual(false));
    expect(hook.result.current.form.getValues(`${PARAMS}.IkeConfig`)).toEqual({
      ...typedParams.IkeConfig,
      IkeLifetime: 28800,
    });
  });

  it("choosing the count already shown changes nothing", () => {
    const hook = renderTunnelCount(ALIBABA_TUNNEL as WizardForm);
    act(() => hook.result.current.setDual(false));
    expect(hook.result.current.form.getValues(PARAMS)).toEqual(typedParams);
    expect(hook.result.current.form.formState.isDirty).toBe(false);
  });
});
