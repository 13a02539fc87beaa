/**
 * A small HCL writer: just enough syntax for the export (attributes, nested blocks, comments),
 * laid out the way `terraform fmt` lays it out, so the output is stable and reviewable.
 */

/** A Terraform expression written as is (a reference such as `var.psk`), never quoted. */
export type HclRaw = { raw: string };

export type HclValue =
  string | number | boolean | HclRaw | HclValue[] | { [key: string]: HclValue };

export type HclNode =
  | { kind: "attribute"; name: string; value: HclValue }
  | { kind: "block"; type: string; labels: string[]; body: HclNode[] }
  | { kind: "comment"; text: string }
  | { kind: "blank" };

export const raw = (expression: string): HclRaw => ({ raw: expression });
export const attribute = (name: string, value: HclValue): HclNode => ({
  kind: "attribute",
  name,
  value,
});
export const block = (type: string, labels: string[], body: HclNode[]): HclNode => ({
  kind: "block",
  type,
  labels,
  body,
});
export const comment = (text: string): HclNode => ({ kind: "comment", text });
export const blank: HclNode = { kind: "blank" };

export function isRaw(value: unknown): value is HclRaw {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "raw" in value;
}

/** A quoted HCL string: escapes `\`, `"`, control characters, and the `${` / `%{` template openers. */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
  return `"${escaped}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** An object key: bare when it is an identifier, quoted otherwise. */
function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** A value on one line (lists and objects included), as `terraform fmt` leaves single-line values. */
export function formatValue(value: HclValue): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (isRaw(value)) return value.raw;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, v]) => `${key(k)} = ${formatValue(v)}`).join(", ")} }`;
}

/**
 * Renders nodes at an indentation depth. Consecutive attributes form one alignment group (their
 * `=` signs line up, as `terraform fmt` does); a comment, blank line or block ends the group.
 */
export function renderNodes(nodes: HclNode[], depth = 0): string[] {
  const indent = "  ".repeat(depth);
  const lines: string[] = [];
  let group: { name: string; value: HclValue }[] = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((a) => a.name.length));
    for (const a of group) lines.push(`${indent}${a.name.padEnd(width)} = ${formatValue(a.value)}`);
    group = [];
  };
  for (const node of nodes) {
    if (node.kind === "attribute") {
      group.push(node);
      continue;
    }
    flush();
    if (node.kind === "blank") lines.push("");
    else if (node.kind === "comment") {
      for (const line of node.text.split("\n")) lines.push(`${indent}# ${line}`.trimEnd());
    } else {
      const head = [node.type, ...node.labels.map(quote)].join(" ");
      if (node.body.length === 0) lines.push(`${indent}${head} {}`);
      else lines.push(`${indent}${head} {`, ...renderNodes(node.body, depth + 1), `${indent}}`);
    }
  }
  flush();
  return lines;
}

/** A whole document: top-level nodes, one trailing newline. */
export function renderDocument(nodes: HclNode[]): string {
  return `${renderNodes(nodes).join("\n")}\n`;
}
