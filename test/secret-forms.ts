/**
 * A secret and the forms it could leak in: as is, base64 (standard and URL-safe), hex and
 * URL-encoded. Shared by the route fuzz suite and the e2e secret-canary spec.
 */
export type NamedSecret = { name: string; value: string };

export type SecretForm = { name: string; form: string; text: string };

const MIN_FORM_LENGTH = 8;

export function secretForms(secret: NamedSecret): SecretForm[] {
  const bytes = Buffer.from(secret.value, "utf8");
  const forms: [string, string][] = [
    ["raw", secret.value],
    ["base64", bytes.toString("base64").replace(/=+$/, "")],
    ["base64url", bytes.toString("base64url")],
    ["hex", bytes.toString("hex")],
    ["hex-upper", bytes.toString("hex").toUpperCase()],
    ["url", encodeURIComponent(secret.value)],
    ["url-form", new URLSearchParams({ v: secret.value }).toString().slice(2)],
  ];
  const unique = new Map<string, string>();
  for (const [form, text] of forms) {
    if (text.length >= MIN_FORM_LENGTH && !unique.has(text)) unique.set(text, form);
  }
  return [...unique].map(([text, form]) => ({ name: secret.name, form, text }));
}

/** Every secret form found in `text` (a secret embedded in base64 at another offset is not). */
export function findSecretForms(text: string, forms: readonly SecretForm[]): SecretForm[] {
  return forms.filter((form) => text.includes(form.text));
}

/** Password hashes as stored (`scrypt$N$r$p$salt$hash`) must never leave the database. */
export const PASSWORD_HASH_PATTERN = /scrypt\$\d+\$\d+\$\d+\$/;
