import { describe, expect, it, vi } from "vitest";
import { createUserBodySchema } from "@/lib/schemas/user";
import { lazyZodResolver } from "./lazy-zod-resolver";

const OPTIONS = { fields: {}, shouldUseNativeValidation: false, names: undefined };

describe("lazyZodResolver", () => {
  it("loads the schema on the first check only, then answers as zodResolver does", async () => {
    const load = vi.fn(() => Promise.resolve(createUserBodySchema));
    const resolver = lazyZodResolver(load);
    expect(load).not.toHaveBeenCalled();
    const bad = await resolver(
      { email: "not-an-email", name: "", roles: [], password: "" },
      undefined,
      OPTIONS,
    );
    expect(Object.keys(bad.errors).sort()).toEqual(["email", "name", "password", "roles"]);
    const body = {
      email: "a@b.test",
      name: "A",
      roles: ["viewer" as const],
      password: "x".repeat(16),
    };
    const good = await resolver(body, undefined, OPTIONS);
    expect(good).toEqual({ values: body, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
