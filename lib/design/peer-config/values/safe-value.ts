import type { PeerConfigFormat } from "../../../schemas/peer-config";

/** The brand: only this module holds the symbol, so only `vouch` can make a SafeValue. */
const vouched: unique symbol = Symbol("vouched");

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
  return { [vouched]: format, text };
}

/** Whether `value` came from `vouch` (the type already says so; this catches a cast). */
function isVouched(value: unknown): value is SafeValue<PeerConfigFormat> {
  return typeof value === "object" && value !== null && vouched in value;
}

/** A template tag writing one line of `format` from literal text and vouched values. */
export function lineOf<F extends PeerConfigFormat>(format: F) {
  return (strings: TemplateStringsArray, ...values: SafeValue<F>[]): string =>
    strings.reduce((line, literal, i) => {
      const value = values[i - 1];
      if (!isVouched(value)) throw new Error(`${format}: unvouched config value`);
      return line + value.text + literal;
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
