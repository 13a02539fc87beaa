import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The message keys the source asks for: every translator made by `useTranslations(ns)` /
 * `getTranslations(ns)` and each call of it (`t("key")`, `t.rich("key")`, `t(\`states.${s}\`)`),
 * read with the TypeScript parser. A template key becomes a pattern (each `${…}` one key segment
 * or more), which at least one message must match. Keys computed elsewhere (`t(key as never)`)
 * are left to the tests that render them.
 */

export type UsedKey = { file: string; line: number; key: string; pattern?: RegExp };

const TRANSLATOR_FACTORIES = new Set(["useTranslations", "getTranslations"]);
const TRANSLATOR_METHODS = new Set(["rich", "markup", "raw"]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .filter((entry) => !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The namespace a `useTranslations(…)` / `await getTranslations(…)` call opens, "" for all. */
function namespaceOf(expression: ts.Expression): string | undefined {
  const call = ts.isAwaitExpression(expression) ? expression.expression : expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  if (!TRANSLATOR_FACTORIES.has(call.expression.text)) return undefined;
  const [first] = call.arguments;
  if (first === undefined) return "";
  if (ts.isStringLiteral(first)) return first.text;
  if (ts.isObjectLiteralExpression(first)) {
    for (const property of first.properties)
      if (
        ts.isPropertyAssignment(property) &&
        property.name.getText() === "namespace" &&
        ts.isStringLiteral(property.initializer)
      )
        return property.initializer.text;
    return "";
  }
  return undefined; // a namespace from a variable: not read here
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function keyOf(argument: ts.Expression, namespace: string) {
  const prefix = namespace ? `${namespace}.` : "";
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))
    return { key: prefix + argument.text };
  if (ts.isTemplateExpression(argument)) {
    const parts = [argument.head.text, ...argument.templateSpans.map((span) => span.literal.text)];
    const key = prefix + parts.join("${…}");
    return {
      key,
      pattern: new RegExp(`^${escapeRegExp(prefix)}${parts.map(escapeRegExp).join(".+")}$`),
    };
  }
  return undefined;
}

function usedKeysOf(file: string, root: string): UsedKey[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const used: UsedKey[] = [];
  const scopes: Map<string, string>[] = [new Map()];
  const translatorNamespace = (name: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const namespace = scopes[i]!.get(name);
      if (namespace !== undefined) return namespace;
    }
    return undefined;
  };
  const visit = (node: ts.Node) => {
    const opensScope = ts.isFunctionLike(node);
    if (opensScope) scopes.push(new Map());
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const namespace = namespaceOf(node.initializer);
      if (namespace !== undefined) scopes.at(-1)!.set(node.name.text, namespace);
    }
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) &&
            ts.isIdentifier(callee.expression) &&
            TRANSLATOR_METHODS.has(callee.name.text)
          ? callee.expression.text
          : undefined;
      const namespace = name === undefined ? undefined : translatorNamespace(name);
      const found = namespace === undefined ? undefined : keyOf(node.arguments[0], namespace);
      if (found) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        used.push({ file: path.relative(root, file), line: line + 1, ...found });
      }
    }
    ts.forEachChild(node, visit);
    if (opensScope) scopes.pop();
  };
  visit(source);
  return used;
}

/** Every message key the source files under `directories` (relative to `root`) ask for. */
export function usedMessageKeys(root: string, directories: readonly string[]): UsedKey[] {
  return directories
    .flatMap((directory) => sourceFiles(path.join(root, directory)))
    .flatMap((file) => usedKeysOf(file, root));
}
