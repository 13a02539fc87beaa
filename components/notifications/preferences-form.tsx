"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { SubmitRow } from "@/components/ui/submit-row";
import { FieldMessage, formInputClass, TitledForm } from "@/components/ui/titled-form";
import { useSavePreferences } from "@/lib/query/use-notifications";
import {
  NOTIFY_EVENTS,
  preferencesSchema,
  type NotificationPreferences,
} from "@/lib/schemas/notification";
import { EventCheckboxes } from "./event-checkboxes";

type Form = { locale: NotificationPreferences["locale"]; wanted: NotificationPreferences["muted"] };

/**
 * The signed-in person's mail: which of their events reach them, in which language. Stored as
 * the events they muted, so a new kind of event reaches everyone until they say otherwise.
 */
export function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const t = useTranslations("notifications");
  const save = useSavePreferences();
  const form = useForm<Form>({
    defaultValues: {
      locale: initial.locale,
      wanted: NOTIFY_EVENTS.filter((event) => !initial.muted.includes(event)),
    },
  });
  const submit = form.handleSubmit(({ locale, wanted }) => {
    const body = preferencesSchema.parse({
      locale,
      muted: NOTIFY_EVENTS.filter((event) => !wanted.includes(event)),
    });
    save.mutate(body);
  });
  return (
    <TitledForm title={t("preferencesTitle")} testId="preferences-form" onSubmit={submit}>
      <label className="mt-3 block max-w-xs text-sm text-slate-700">
        {t("mailLanguage")}
        <select {...form.register("locale")} className={formInputClass}>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
        <FieldMessage messageKey={form.formState.errors.locale?.message} />
      </label>
      <EventCheckboxes legend={t("mailMe")} hint={t("mailMeHint")} form={form} name="wanted" />
      <SubmitRow
        errorText={(message) => t("error", { message })}
        label={t("save")}
        pendingLabel={t("saving")}
        request={save}
        done={save.isSuccess ? t("saved") : undefined}
      />
    </TitledForm>
  );
}
