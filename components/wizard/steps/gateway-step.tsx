"use client";

import { useTranslations } from "next-intl";
import { newGatewayParams, type Provider } from "@/lib/design/wizard/form-values";
import type { LinkKind } from "@/lib/schemas/link/design";
import { FieldMessages } from "../fields";
import { RadioChoice } from "../radio-choice";
import { useWizard, type CloudSide } from "../wizard-context";
import { AlibabaGatewayFields } from "./alibaba-gateway-fields";
import { ExistingGateway } from "./existing-gateway";
import { TencentGatewayFields } from "./tencent-gateway-fields";

/** Step 3: the VPN gateway of each cloud side: a new one (every API parameter) or an existing one. */
export function GatewayStep() {
  const { form } = useWizard();
  const kind = form.watch("kind") as LinkKind;
  if (kind === "cloudToCloud") {
    return (
      <div className="grid gap-6 lg:grid-cols-2">
        <SiteGateway prefix="tencent" provider="tencent" modes={["new", "existing"]} />
        <SiteGateway prefix="alibaba" provider="alibaba" modes={["new", "existing"]} />
      </div>
    );
  }
  const provider = form.watch("site.provider") as Provider;
  return (
    <SiteGateway
      prefix="site"
      provider={provider}
      modes={kind === "tunnel" ? ["existing"] : ["new"]}
    />
  );
}

function SiteGateway({ modes, ...side }: CloudSide & { modes: ("new" | "existing")[] }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const { prefix, provider } = side;
  const site = form.watch(prefix);
  const mode = form.watch(`${prefix}.gateway.mode`);
  const switchMode = (next: "new" | "existing") =>
    form.setValue(
      `${prefix}.gateway`,
      next === "new"
        ? { mode: "new", params: newGatewayParams(provider) }
        : { mode: "existing", id: "" },
      { shouldDirty: true },
    );
  return (
    <section
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`gateway-${provider}`}
    >
      <h3 className="font-semibold text-slate-900">
        {t(`providers.${provider}`)} ·{" "}
        <span className="font-mono text-sm">{site?.region ?? ""}</span>
      </h3>
      {modes.length > 1 ? (
        <RadioChoice
          name={`${prefix}-gateway-mode`}
          options={modes}
          value={mode}
          onChoose={switchMode}
          render={(option) => t(`gateway.${option}`)}
        />
      ) : (
        <p className="text-sm text-slate-600">{t(`gateway.only.${modes[0]!}`)}</p>
      )}
      <FieldMessages path={`${prefix}.gateway.mode`} />
      {mode === "existing" ? (
        <ExistingGateway {...side} />
      ) : side.provider === "tencent" ? (
        <TencentGatewayFields path={`${side.prefix}.gateway.params`} />
      ) : (
        <AlibabaGatewayFields path={`${side.prefix}.gateway.params`} />
      )}
    </section>
  );
}
