/**
 * A wizard draft is the form as typed, in any state: the kind may have changed since the key was
 * typed, or a client may put a key anywhere. So a draft's key is looked for in every place a
 * design keeps one, whatever the kind, and every key-named field is removed from the data: the
 * draft row keeps the key only encrypted (`pskCiphertext`), and the data never holds it.
 */

type Json = { [key: string]: unknown };

/** Field names that hold a pre-shared key: the design's `psk`, the APIs' `Psk` / `PreShareKey`. */
const KEY_FIELD = /^(?:psk|preSharedKey|preShareKey)$/i;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** The key the person typed: the current kind's place first, then the other kinds'. */
function typedKey(raw: Json): string | undefined {
  const site = isObject(raw.site) ? raw.site : {};
  const siteKey = nonEmpty(isObject(site.tunnel) ? site.tunnel.psk : undefined);
  const cloudKey = nonEmpty(isObject(raw.tunnel) ? raw.tunnel.psk : undefined);
  return raw.kind === "cloudToCloud" ? (cloudKey ?? siteKey) : (siteKey ?? cloudKey);
}

function withoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !KEY_FIELD.test(key))
      .map(([key, inner]) => [key, withoutKeys(inner)]),
  );
}

/** The draft's data without any key, and the typed key (to be stored encrypted), if any. */
export function splitDraftPsk(raw: Json): { data: Json; psk: string | undefined } {
  return { data: withoutKeys(raw) as Json, psk: typedKey(raw) };
}
