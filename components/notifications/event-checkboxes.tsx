"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { NOTIFY_EVENT_KEYS, NOTIFY_EVENTS } from "@/lib/schemas/notification";

/** One checkbox per notifiable event, registered as an array field of a form. */
export function EventCheckboxes({
  legend,
  hint,
  register,
  idPrefix,
}: {
  legend: string;
  hint: string;
  register: UseFormRegisterReturn;
  idPrefix: string;
}) {
  const t = useTranslations("notifications.events");
  return (
    <fieldset className="mt-4 text-sm" aria-describedby={`${idPrefix}-hint`}>
      <legend className="text-slate-700">{legend}</legend>
      <p id={`${idPrefix}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {NOTIFY_EVENTS.map((event) => (
          <label key={event} className="flex items-center gap-2">
            <input type="checkbox" value={event} {...register} />
            <span>{t(NOTIFY_EVENT_KEYS[event])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
