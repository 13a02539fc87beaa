import { describe, expect, it } from "vitest";
import { findSecretForms, PASSWORD_HASH_PATTERN, secretForms } from "./secret-forms";

/** The fuzz suite and the canary spec are only as good as this detector. */
describe("secret forms", () => {
  const secret = { name: "key", value: "canary/Secret+Value=1" };
  const forms = secretForms(secret);

  it.each([
    ["as is", `x ${secret.value} y`],
    ["base64", `data:${Buffer.from(secret.value).toString("base64")}`],
    ["base64url", Buffer.from(secret.value).toString("base64url")],
    ["hex", `0x${Buffer.from(secret.value).toString("hex")}`],
    ["URL-encoded", `?k=${encodeURIComponent(secret.value)}`],
    ["form-encoded", new URLSearchParams({ k: secret.value }).toString()],
  ])("finds the secret %s", (_, text) => {
    expect(findSecretForms(text, forms).length).toBeGreaterThan(0);
  });

  it("finds nothing in unrelated text, and recognises stored password hashes", () => {
    expect(findSecretForms("canary Secret Value", forms)).toEqual([]);
    expect(PASSWORD_HASH_PATTERN.test("scrypt$16384$8$1$c2FsdA$aGFzaA")).toBe(true);
  });
});
