import { z } from "zod";

/**
 * What text the portal accepts (README, "Security notes"). PostgreSQL refuses U+0000 in text and
 * jsonb, and a lone surrogate cannot be stored as UTF-8, so neither may reach a query; the other
 * controls are never typed by a person and only hide or reorder what is shown.
 *
 * - Single-line text (names, filters, ids, object keys): no C0 or C1 control, no DEL, no U+2028
 *   or U+2029.
 * - Multi-line text (a link's reason, an approval comment, and any string value of a JSON body):
 *   the same, except tab, line feed and carriage return.
 * - Both: well-formed Unicode (no lone surrogate).
 */

const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type TextProblem = "control" | "surrogate";
export type TextKind = "single-line" | "multi-line";

/** Why this text is refused, or undefined when it is acceptable. */
export function textProblem(
  value: string,
  kind: TextKind = "single-line",
): TextProblem | undefined {
  if (!value.isWellFormed()) return "surrogate";
  const forbidden = kind === "single-line" ? SINGLE_LINE_FORBIDDEN : MULTI_LINE_FORBIDDEN;
  return forbidden.test(value) ? "control" : undefined;
}

/** The English sentence for a refused text (the `schema` templates in messages/en.json). */
export function textProblemMessage(field: string, problem: TextProblem): string {
  return problem === "control"
    ? `${field} must not contain control characters`
    : `${field} must be well-formed Unicode text`;
}

/**
 * A string schema that refuses what `textProblem` refuses. `message` replaces the English
 * sentence where a form shows message keys (e.g. "validation.textInvalid").
 */
export function safeString(
  field: string,
  options: { kind?: TextKind; message?: string; base?: z.ZodString } = {},
) {
  const base = options.base ?? z.string({ error: `${field} must be text` });
  return base.superRefine((value, ctx) => {
    const problem = textProblem(value, options.kind);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: options.message ?? textProblemMessage(field, problem),
      });
    }
  });
}

/** Multi-line free text (a reason, a comment): tab and line breaks allowed. */
export function safeMultilineText(
  field: string,
  options: { message?: string; base?: z.ZodString } = {},
) {
  return safeString(field, { ...options, kind: "multi-line" });
}

export type UnsafeText = { path: (string | number)[]; problem: TextProblem; inKey: boolean };

/**
 * The first refused text anywhere in a JSON value: keys as single-line text, string values as
 * multi-line text. Iterative, so a deep value cannot overflow the stack.
 */
export function findUnsafeText(root: unknown): UnsafeText | undefined {
  // Each entry points at its parent instead of copying a path, so depth costs nothing.
  type Entry = { value: unknown; key?: string | number; parent?: Entry };
  const pathOf = (entry: Entry | undefined) => {
    const path: (string | number)[] = [];
    for (let at = entry; at?.key !== undefined; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: root }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (typeof value === "string") {
      const problem = textProblem(value, "multi-line");
      if (problem) return { path: pathOf(entry), problem, inKey: false };
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], key: index, parent: entry });
      }
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, inner] = entries[index]!;
        const problem = textProblem(key, "single-line");
        // The path stops at the object: the key itself is not worth echoing back.
        if (problem) return { path: pathOf(entry), problem, inKey: true };
        stack.push({ value: inner, key, parent: entry });
      }
    }
  }
  return undefined;
}

/** How the API names the text `findUnsafeText` found, under `root` ("body", "data"). */
export function unsafeTextField(found: UnsafeText, root: string): string {
  const name = [root, ...found.path].join(".");
  return found.inKey ? `${name} keys` : name;
}

/** Refines a free-form JSON value (a wizard draft's data) so every key and string is acceptable. */
export function refineJsonText(field: string) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    const found = findUnsafeText(value);
    if (!found) return;
    ctx.addIssue({
      code: "custom",
      path: found.path,
      message: textProblemMessage(unsafeTextField(found, field), found.problem),
    });
  };
}
