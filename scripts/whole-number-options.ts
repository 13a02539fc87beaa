/**
 * A script's whole-number options (`--links 200`), each from 1 to its `max`, its default when not
 * given. A wrong one ends the script (exit 2) with a line naming the option and its range.
 */
export function wholeNumberOptions<Name extends string>(
  given: Partial<Record<NoInfer<Name>, string>>,
  ranges: Record<Name, { default: number; max?: number }>,
): Record<Name, number> {
  const names = Object.keys(ranges) as Name[];
  return Object.fromEntries(
    names.map((name) => {
      const { default: fallback, max = Number.MAX_SAFE_INTEGER } = ranges[name];
      const text = given[name];
      if (text === undefined) return [name, fallback];
      const value = Number(text);
      if (!Number.isInteger(value) || value < 1 || value > max) {
        const range =
          max === Number.MAX_SAFE_INTEGER
            ? "a positive whole number"
            : `a whole number from 1 to ${max}`;
        console.error(`--${name} must be ${range} (got "${text}").`);
        process.exit(2);
      }
      return [name, value];
    }),
  ) as Record<Name, number>;
}
