import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * Reading messages/*.json as the translation tests see them: every leaf as a dotted key with its
 * text, the ICU placeholders and tags a text uses (the ICU parser's own reading, so plural and
 * select branches count), and the literal text a reader sees (ICU syntax taken out).
 */

export type MessageTree = { [key: string]: string | MessageTree };

export function messageLeaves(tree: MessageTree, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") leaves.set(path, value);
    else for (const [inner, text] of messageLeaves(value, path)) leaves.set(inner, text);
  }
  return leaves;
}

function walk(elements: MessageFormatElement[], visit: (element: MessageFormatElement) => void) {
  for (const element of elements) {
    visit(element);
    if (element.type === TYPE.tag) walk(element.children, visit);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) walk(option.value, visit);
  }
}

/**
 * The names a text needs filled in (`{count}`, `{time, time}`, `<link>`), sorted. A plural in one
 * language and a plain `{count}` in another (Chinese has no plural forms) name the same argument.
 */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  walk(parse(text), (element) => {
    if (element.type === TYPE.tag) names.add(`<${element.value}>`);
    else if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time ||
      element.type === TYPE.select ||
      element.type === TYPE.plural
    )
      names.add(`{${element.value}}`);
  });
  return [...names].sort();
}

/** The literal text of a message, without its placeholders and ICU syntax. */
export function literalTextOf(text: string): string {
  const parts: string[] = [];
  walk(parse(text), (element) => {
    if (element.type === TYPE.literal) parts.push(element.value);
  });
  return parts.join(" ");
}
