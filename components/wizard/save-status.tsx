"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveState } from "./use-autosave";

/** Where the draft's saving stands, read out politely as it changes; the time in the reader's locale. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("wizard");
  const format = useFormatter();
  const text = {
    idle: null,
    pending: t("pending"),
    saving: t("saving"),
    saved: state.at
      ? t("savedAt", { time: format.dateTime(state.at, { timeStyle: "medium" }) })
      : null,
    error: t("saveError", { message: state.message ?? "" }),
  }[state.status];
  return (
    <span
      className="ml-auto text-xs text-slate-600"
      aria-live="polite"
      data-testid="save-state"
      data-status={state.status}
    >
      {text}
    </span>
  );
}
