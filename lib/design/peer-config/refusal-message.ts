import { englishMessage } from "../../i18n/schema-message";
import type { PeerConfigRefusal } from "./refusal";

/** A next-intl style translator of the `peerConfig` namespace. */
type Translate = (key: string, params?: Record<string, string>) => string;

/** The refusal as one sentence in the translator's language: which field, which format, why. */
export function describeRefusal(
  refusal: Pick<PeerConfigRefusal, "format" | "field" | "reason">,
  t: Translate,
): string {
  return t(`refused.${refusal.reason}`, {
    format: t(`formats.${refusal.format}`),
    field: t(`fields.${refusal.field}`),
  });
}

/** The same sentence in English, for the API's 422 body. */
export function englishRefusal(refusal: Pick<PeerConfigRefusal, "format" | "field" | "reason">) {
  return describeRefusal(refusal, (key, params) =>
    englishMessage(`peerConfig.${key}`, params ?? {}),
  );
}
