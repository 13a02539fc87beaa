"use client";

import { useTranslations } from "next-intl";
import type { Provider } from "@/lib/design/wizard/form-values";
import { FieldMessages, NumberField, TextField } from "../fields";
import { PickerSelect, usePickerItems } from "../picker";
import { RadioChoice } from "../radio-choice";
import { TagsEditor, TAG_LIMITS } from "../tags-editor";
import { useWizard } from "../wizard-context";

/** Step 4: the on-premises peer, a new customer gateway or one that already exists. */
export function PeerStep() {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const provider = form.watch("site.provider") as Provider;
  const mode = form.watch("site.peer.mode") as "new" | "existing";
  const switchMode = (next: "new" | "existing") =>
    form.setValue(
      "site.peer",
      next === "existing"
        ? { mode: "existing", id: "", ipAddress: "" }
        : provider === "tencent"
          ? { mode: "new", params: { CustomerGatewayName: "", IpAddress: "" } }
          : { mode: "new", params: { Name: "", IpAddress: "" } },
      { shouldDirty: true },
    );
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <RadioChoice
        name="peer-mode"
        options={["new", "existing"]}
        value={mode}
        onChoose={switchMode}
        render={(option) => t(`peer.${option}`)}
      />
      {mode === "existing" ? (
        <ExistingPeer provider={provider} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            path={
              provider === "tencent"
                ? "site.peer.params.CustomerGatewayName"
                : "site.peer.params.Name"
            }
          />
          <TextField
            path="site.peer.params.IpAddress"
            placeholder="203.0.113.20"
            hint={t("hints.peerIp")}
          />
          {provider === "tencent" ? (
            <NumberField path="site.peer.params.BgpAsn" />
          ) : (
            <>
              <TextField path="site.peer.params.Asn" placeholder="65001" />
              <TextField path="site.peer.params.Description" />
              <TextField path="site.peer.params.AuthKey" />
              <TextField path="site.peer.params.ResourceGroupId" />
            </>
          )}
          <TagsEditor
            path="site.peer.params.Tags"
            max={TAG_LIMITS[provider]}
            testId={`${provider}-peer-tags`}
          />
        </div>
      )}
    </section>
  );
}

function ExistingPeer({ provider }: { provider: Provider }) {
  const t = useTranslations("wizard");
  const { form } = useWizard();
  const site = form.watch("site") as { account?: string; region?: string; peer?: { id?: string } };
  const peers = usePickerItems(
    provider,
    "customer-gateways",
    { account: site.account, region: site.region },
    Boolean(site.region),
  );
  return (
    <>
      <PickerSelect
        path="site.peer.id"
        label={t("peer.pick")}
        choices={peers}
        value={site.peer?.id ?? ""}
        onPick={(item) => {
          form.setValue("site.peer.id", item?.id ?? "", { shouldDirty: true, shouldTouch: true });
          form.setValue("site.peer.ipAddress", item?.ipAddress ?? "", { shouldDirty: true });
        }}
        describe={(item) => [item.id, item.name, item.ipAddress].filter(Boolean).join(" · ")}
        placeholder={t("peer.choose")}
        testId={`${provider}-peer-pick`}
      />
      <FieldMessages path="site.peer.ipAddress" />
    </>
  );
}
