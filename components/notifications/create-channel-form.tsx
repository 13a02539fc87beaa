"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { FormTextField } from "@/components/ui/form-text-field";
import { Options } from "@/components/ui/options";
import { SubmitRow } from "@/components/ui/submit-row";
import { formInputClass, TitledForm } from "@/components/ui/titled-form";
import { ShownOncePanel } from "@/components/ui/shown-once-panel";
import { useCreateChannel } from "@/lib/query/use-notifications";
import {
  CHANNEL_KINDS,
  createChannelBodySchema,
  type ChannelKind,
  type NotifyEvent,
} from "@/lib/schemas/notification";
import { EventCheckboxes } from "./event-checkboxes";

const blankToUndefined = (value: string) => (value === "" ? undefined : value);

/** Every field any kind of channel has; the schema (POST's own) decides which count. */
type ChannelFields = {
  kind: ChannelKind;
  name: string;
  events: NotifyEvent[];
  locale: "en" | "zh-CN";
  url?: string;
  signingSecret?: string;
  email: {
    host: string;
    port: number;
    security: "tls" | "starttls" | "none";
    username?: string;
    from: string;
  };
  password?: string;
};

const SIGNED_KINDS: readonly ChannelKind[] = ["dingtalk", "feishu"];

/** Adds a channel: its kind decides the fields; a webhook's signing secret is shown once. */
export function CreateChannelForm() {
  const t = useTranslations("notifications");
  const create = useCreateChannel();
  const form = useForm<ChannelFields>({
    defaultValues: {
      kind: "dingtalk",
      name: "",
      events: ["link.submitted", "link.failed", "teardown.failed"],
      locale: "zh-CN",
      email: { host: "", port: 465, security: "tls", from: "" },
    },
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const submit = form.handleSubmit((fields) => {
    const { email, password, url, signingSecret, ...common } = fields;
    const parsed = createChannelBodySchema.safeParse(
      kind === "email" ? { ...common, email, password } : { ...common, url, signingSecret },
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join(".") as FieldPath<ChannelFields>;
        form.setError(path, { message: issue.message });
      }
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: () => form.reset({ ...form.getValues(), name: "", url: "", signingSecret: "" }),
    });
  });
  const field = (
    name: FieldPath<ChannelFields>,
    label: string,
    props: { type?: string; "aria-describedby"?: string } = {},
    optional = false,
  ) => (
    <FormTextField
      label={label}
      form={form}
      name={name}
      rules={optional ? { setValueAs: blankToUndefined } : {}}
      {...props}
    />
  );
  return (
    <div className="space-y-4">
      {create.data?.signingSecret ? (
        <ShownOncePanel
          label={t("secretLabel", { name: create.data.channel.name })}
          heading={t("secretShownOnce")}
          value={create.data.signingSecret}
          usage={t("secretUsage")}
          testId="new-webhook-secret"
          onDismiss={() => create.reset()}
        />
      ) : null}
      <TitledForm title={t("addTitle")} testId="create-channel-form" onSubmit={submit}>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <label className="text-sm text-slate-700">
            {t("kind")}
            <select {...form.register("kind")} className={formInputClass}>
              <Options values={CHANNEL_KINDS} label={(option) => t(`kinds.${option}`)} />
            </select>
          </label>
          {field("name", t("name"))}
          <label className="text-sm text-slate-700">
            {t("language")}
            <select {...form.register("locale")} className={formInputClass}>
              <option value="zh-CN">简体中文</option>
              <option value="en">English</option>
            </select>
          </label>
          {kind === "email" ? (
            <>
              {field("email.host", t("smtpHost"))}
              <FormTextField
                label={t("smtpPort")}
                inputMode="numeric"
                form={form}
                name="email.port"
                rules={{ valueAsNumber: true }}
              />
              <label className="text-sm text-slate-700">
                {t("smtpSecurity")}
                <select {...form.register("email.security")} className={formInputClass}>
                  <option value="tls">{t("security.tls")}</option>
                  <option value="starttls">{t("security.starttls")}</option>
                  <option value="none">{t("security.none")}</option>
                </select>
              </label>
              {field("email.from", t("smtpFrom"), { type: "email" })}
              {field("email.username", t("smtpUser"), {}, true)}
              {field("password", t("smtpPassword"), { type: "password" }, true)}
            </>
          ) : (
            <>
              {field("url", t("url"), { type: "url", "aria-describedby": "channel-url-hint" })}
              {SIGNED_KINDS.includes(kind)
                ? field("signingSecret", t("signingSecret"), { type: "password" }, true)
                : null}
            </>
          )}
        </div>
        {kind !== "email" ? (
          <p id="channel-url-hint" className="mt-2 text-xs text-slate-500">
            {t(`urlHints.${kind}`)}
          </p>
        ) : null}
        <EventCheckboxes
          legend={t("eventsLabel")}
          hint={t("eventsHint")}
          form={form}
          name="events"
        />
        <SubmitRow
          errorText={(message) => t("error", { message })}
          label={t("add")}
          pendingLabel={t("adding")}
          request={create}
        />
      </TitledForm>
    </div>
  );
}
