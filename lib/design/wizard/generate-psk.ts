/**
 * Characters both clouds accept in a pre-shared key (Alibaba's set is the stricter one), without
 * look-alikes (0/O, 1/l/I) so a key read aloud or retyped on a device survives.
 */
export const PSK_ALPHABET =
  "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~!@#$%^&*_-+=";

/** A strong key from the platform CSPRNG, without modulo bias: 32 characters ≈ 195 bits. */
export function generatePsk(length = 32): string {
  const out: string[] = [];
  const limit = 256 - (256 % PSK_ALPHABET.length);
  while (out.length < length) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out.push(PSK_ALPHABET[byte % PSK_ALPHABET.length]!);
    }
  }
  return out.join("");
}
