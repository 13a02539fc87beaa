import en from "@/messages/en.json";

/**
 * Validation messages are English sentences built by the shared zod schemas (lib/schemas), so the
 * route handler's 422 and the wizard's field errors say the same thing. This turns such a
 * sentence back into its message key and parameters, so the browser can show it in the user's
 * language: the English templates live in messages/en.json (namespaces below), their
 * translations under the same keys in every other locale.
 */

export type MessageMatch = { key: string; params: Record<string, string> };

const NAMESPACES = ["schema", "lint.address"] as const;

type Compiled = { key: string; pattern: RegExp; literalLength: number };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(key: string, template: string): Compiled {
  const parts = template.split(/\{(\w+)\}/);
  let source = "";
  let literalLength = 0;
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      source += `(?<${part}>.+?)`;
    } else {
      source += escapeRegExp(part);
      literalLength += part.length;
    }
  });
  return { key, pattern: new RegExp(`^${source}$`, "s"), literalLength };
}

function templatesOf(namespace: string): [string, string][] {
  const node = namespace
    .split(".")
    .reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], en) as Record<
    string,
    string
  >;
  return Object.entries(node).map(([key, template]) => [`${namespace}.${key}`, template]);
}

/** Most specific first: a template with more fixed text wins over a looser one. */
const COMPILED: Compiled[] = NAMESPACES.flatMap((ns) => templatesOf(ns))
  .map(([key, template]) => compile(key, template))
  .sort((a, b) => b.literalLength - a.literalLength);

export function matchSchemaMessage(message: string): MessageMatch | undefined {
  for (const { key, pattern } of COMPILED) {
    const found = pattern.exec(message);
    if (found) return { key, params: { ...found.groups } };
  }
  return undefined;
}

const TERM_KEYS = new Map(Object.entries(en.schemaTerms).map(([key, text]) => [text, key]));

/** The `schemaTerms` key of a parameter value worth translating ("private", "Tencent Cloud"), if any. */
export function termKeyOf(value: string): string | undefined {
  return TERM_KEYS.get(value);
}

/** Fills an English template of these namespaces: used where a schema reports a design check. */
export function englishMessage(key: string, params: Record<string, string | number>): string {
  const [namespace, name] = [
    key.slice(0, key.lastIndexOf(".")),
    key.slice(key.lastIndexOf(".") + 1),
  ];
  const template = Object.fromEntries(templatesOf(namespace))[key] ?? name ?? key;
  return template.replace(/\{(\w+)\}/g, (_, param: string) =>
    String(params[param] ?? `{${param}}`),
  );
}
