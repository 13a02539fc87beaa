/**
 * Hashes and ids (one word, longer than twice this) are cut to their start on screen, the whole
 * value in the tooltip; text with spaces (a message, a comment) is shown whole.
 */
const SHOWN_CHARS = 16;

function shown(value: unknown): { text: string; full?: string } {
  if (value === null || value === undefined) return { text: "—" };
  if (typeof value === "string") {
    return value.length > SHOWN_CHARS * 2 && !/\s/.test(value)
      ? { text: `${value.slice(0, SHOWN_CHARS)}…`, full: value }
      : { text: value };
  }
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value) };
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) {
    return { text: value.length === 0 ? "—" : value.map(String).join(", ") };
  }
  return { text: JSON.stringify(value) };
}

/**
 * An audit event's payload as a person reads it: one "name value" line per field, long hashes
 * shortened (whole in the tooltip), lists joined; nested records stay JSON.
 */
export function AuditDetails({ payload }: { payload: unknown }) {
  const fields =
    typeof payload === "object" && payload !== null && !Array.isArray(payload)
      ? Object.entries(payload)
      : [];
  if (fields.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs" data-testid="audit-details">
      {fields.map(([name, value]) => {
        const { text, full } = shown(value);
        return (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}</dt>
            <dd className="break-all font-mono text-slate-700" title={full} data-field={name}>
              {text}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
