/** The `<option>`s of a select: one per value, shown as `label(value)` (the value itself by default). */
export function Options<Value extends string | number>({
  values,
  label = String,
}: {
  values: readonly Value[];
  label?: (value: Value) => string;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
