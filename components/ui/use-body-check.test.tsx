// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { rejectBodySchema } from "@/lib/schemas/approval";
import { useBodyCheck } from "./use-body-check";

const inEnglish = ({ children }: { children: ReactNode }) => (
  <NextIntlClientProvider locale="en" messages={en}>
    {children}
  </NextIntlClientProvider>
);
const PLAN_HASH = "a".repeat(64);

describe("useBodyCheck", () => {
  it("refuses a body its schema refuses and says why in the reader's language", () => {
    const { result } = renderHook(() => useBodyCheck(), { wrapper: inEnglish });
    let checked: unknown = "not checked";
    act(() => {
      checked = result.current.check(rejectBodySchema, { planHash: PLAN_HASH });
    });
    expect(checked).toBeUndefined();
    expect(result.current.error).toBe(en.validation.rejectCommentRequired);
  });

  it("gives the parsed body and forgets the last error once the body holds", () => {
    const { result } = renderHook(() => useBodyCheck(), { wrapper: inEnglish });
    act(() => {
      result.current.check(rejectBodySchema, { planHash: PLAN_HASH });
    });
    let checked: unknown;
    act(() => {
      checked = result.current.check(rejectBodySchema, { planHash: PLAN_HASH, comment: "No" });
    });
    expect(checked).toEqual({ planHash: PLAN_HASH, comment: "No" });
    expect(result.current.error).toBeUndefined();
  });
});
