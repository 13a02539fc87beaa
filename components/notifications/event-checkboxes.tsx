"use client";

import { useTranslations } from "next-intl";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { NOTIFY_EVENT_KEYS, NOTIFY_EVENTS } from "@/lib/schemas/notification";

/** One checkbox per notifiable event, for the array field `name` of `form`. */
export function EventCheckboxes<Fields extends FieldValues>(props: {
  form: UseFormReturn<Fields>;
  name: FieldPath<Fields>;
  legend: string;
  hint: string;
}) {
  const t = useTranslations("notifications.events");
  const options = NOTIFY_EVENTS.map((event) => ({
    value: event,
    label: <span>{t(NOTIFY_EVENT_KEYS[event])}</span>,
  }));
  return <CheckboxGroup {...props} options={options} />;
}
