/**
 * A wizard draft is the form as typed, in any state: the kind may have changed since the key was
 * typed, or a client may put a key anywhere. So every key-named field is removed from a draft's
 * data: the draft row keeps the key only encrypted (`pskCiphertext`, sealed by `sealDraftKey` in
 * lib/crypto/link-key.ts), and the data never holds it.
 */

type Json = { [key: string]: unknown };

/** Field names that hold a pre-shared key: the design's `psk`, the APIs' `Psk` / `PreShareKey`. */
const KEY_FIELD = /^(?:psk|preSharedKey|preShareKey)$/i;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function withoutKeysIn(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeysIn);
  return isObject(value) ? withoutDraftKeys(value) : value;
}

/** A copy of the draft's data without any key field, at any depth. */
export function withoutDraftKeys(raw: Json): Json {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => !KEY_FIELD.test(key))
      .map(([key, inner]) => [key, withoutKeysIn(inner)]),
  );
}
