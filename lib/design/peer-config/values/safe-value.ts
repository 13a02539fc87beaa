import type { PeerConfigFormat } from "../../../schemas/peer-config";

declare const vouched: unique symbol;

/**
 * Text that a value module has validated or escaped for one format. Renderers build their lines
 * only with `lineOf(format)`, which accepts nothing else: a raw string (a name, an address, a key
 * straight from the design) cannot be interpolated into a device configuration by construction.
 */
export type SafeValue<F extends PeerConfigFormat> = {
  readonly [vouched]: F;
  readonly text: string;
};

/** Anything a line reader could take as the end of a line or an invisible instruction. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** For the value modules only, once `text` is known to be safe in `format`. */
export function vouch<F extends PeerConfigFormat>(format: F, text: string): SafeValue<F> {
  if (UNSAFE.test(text)) throw new Error(`${format}: a control character reached a value`);
  return { text } as unknown as SafeValue<F>;
}

/** A template tag writing one line of `format` from literal text and vouched values. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the format only fixes F
export function lineOf<F extends PeerConfigFormat>(_format: F) {
  return (strings: TemplateStringsArray, ...values: SafeValue<F>[]): string =>
    strings.reduce((line, literal, i) => {
      const value: unknown = values[i - 1];
      // The type already refuses a raw string; this catches a cast.
      if (typeof value !== "object" || value === null) throw new Error("unvouched config value");
      return line + (value as SafeValue<F>).text + literal;
    });
}

/** Vouched values joined by a literal separator (e.g. a swanctl list "a,b"). */
export function joinValues<F extends PeerConfigFormat>(
  format: F,
  values: SafeValue<F>[],
  separator: "," | " ",
): SafeValue<F> {
  return vouch(format, values.map((value) => value.text).join(separator));
}
