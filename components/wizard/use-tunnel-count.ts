"use client";

import { isDualTunnel, toDualTunnel, toSingleTunnel } from "@/lib/design/wizard/dual-tunnel";
import type { FormValues } from "@/lib/design/wizard/form-values";
import { useWizard, type PathEndingIn } from "./wizard-context";

/**
 * One Alibaba tunnel or two (`TunnelOptionsSpecification`) at `params`; switching moves what was
 * typed (crypto, DPD, BGP) to the other form rather than dropping it.
 */
export function useTunnelCount(params: PathEndingIn<"tunnel.params">) {
  const { form } = useWizard();
  const dual = isDualTunnel(form.watch(params) as FormValues | undefined);
  const setDual = (next: boolean) => {
    const current = (form.getValues(params) as FormValues | undefined) ?? {};
    form.setValue(params, next ? toDualTunnel(current) : toSingleTunnel(current), {
      shouldDirty: true,
    });
  };
  return { dual, setDual };
}
