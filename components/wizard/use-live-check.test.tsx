// @vitest-environment happy-dom
import { act, renderHook, waitFor } from "@testing-library/react";
import { useForm, useWatch } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { useLiveCheck } from "./use-live-check";
import type { WizardForm } from "./wizard-context";

const IPSEC_ENCRYPTION = "site.tunnel.params.IPSECOptionsSpecification.EncryptAlgorithm";
const REMOTE_CIDR = "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.0";

/** The wizard's form with the live check on it, as the wizard wires them. */
function useCheckedForm(start: WizardForm, hasStoredPsk = false) {
  const form = useForm<WizardForm>({ defaultValues: structuredClone(start) });
  const values = useWatch({ control: form.control }) as WizardForm;
  return { form, ...useLiveCheck({ values, hasStoredPsk, loadAtOnce: true }) };
}

/**
 * How long the checker (zod, every API schema, the design checks) may take to load: its first
 * import is slow on a busy machine, well past waitFor's default second.
 */
const CHECKER_LOAD = { timeout: 15_000 };

async function renderChecked(start: WizardForm, hasStoredPsk = false) {
  const hook = renderHook(() => useCheckedForm(start, hasStoredPsk));
  await waitFor(() => expect(hook.result.current.checker).toBeDefined(), CHECKER_LOAD);
  return hook;
}

describe("the wizard's live check", () => {
  it("checks nothing until the checker has loaded, then accepts a valid design", async () => {
    const hook = renderHook(() => useCheckedForm(TENCENT_ON_PREM));
    expect(hook.result.current.check.design).toBeUndefined();
    await waitFor(() => expect(hook.result.current.check.design).toBeDefined(), CHECKER_LOAD);
    expect(hook.result.current.check.issues).toEqual([]);
    expect(hook.result.current.check.findings).toEqual([]);
  });

  it("flags a weak algorithm at its field as it is chosen, and clears it when changed back", async () => {
    const hook = await renderChecked(TENCENT_ON_PREM);
    act(() => hook.result.current.form.setValue(IPSEC_ENCRYPTION, "3DES-CBC"));
    expect(hook.result.current.check.findings).toEqual([
      expect.objectContaining({ rule: "encryptionWeak", path: IPSEC_ENCRYPTION, severity: "warn" }),
    ]);
    act(() => hook.result.current.form.setValue(IPSEC_ENCRYPTION, "AES-CBC-256"));
    expect(hook.result.current.check.findings).toEqual([]);
  });

  it("turns an address the cloud would refuse into an error at that field, until corrected", async () => {
    const hook = await renderChecked(TENCENT_ON_PREM);
    act(() => hook.result.current.form.setValue(REMOTE_CIDR, "10.10.1.0/24"));
    expect(hook.result.current.check.issues).toEqual([
      { path: REMOTE_CIDR, message: expect.stringContaining("VpcCidrConflict") },
    ]);
    expect(hook.result.current.check.design).toBeUndefined();
    act(() => hook.result.current.form.setValue(REMOTE_CIDR, "192.168.10.0/24"));
    expect(hook.result.current.check.issues).toEqual([]);
  });

  it("asks for the key unless the server already stores one", async () => {
    const withoutKey = structuredClone(ALIBABA_TUNNEL);
    if (withoutKey.kind !== "tunnel") throw new Error("a tunnel design");
    withoutKey.site.tunnel.psk = "";
    const fresh = await renderChecked(withoutKey);
    expect(fresh.result.current.check.issues.map((i) => i.path)).toEqual(["site.tunnel.psk"]);
    const stored = await renderChecked(withoutKey, true);
    expect(stored.result.current.check.issues).toEqual([]);
  });

  it("shows the server's field errors until the form changes", async () => {
    const hook = await renderChecked(TENCENT_ON_PREM);
    const refused = { path: "site.vpcId", message: "the VPC no longer exists" };
    act(() => hook.result.current.showServerIssues([refused]));
    expect(hook.result.current.check.issues).toEqual([refused]);
    act(() => hook.result.current.form.setValue("name", "Renamed link"));
    expect(hook.result.current.check.issues).toEqual([]);
  });
});
