import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditQuerySchema, isCalendarDay } from "./audit-query";

describe("audit query dates", () => {
  it("accept real calendar days in range", () => {
    for (const day of ["2024-02-29", "2026-01-31", "1970-01-01", "2999-12-31"]) {
      expect(auditQuerySchema.parse({ from: day, to: day })).toMatchObject({ from: day, to: day });
    }
  });

  it("refuse impossible days and days out of range", () => {
    for (const [day, message] of [
      ["2024-99-99", "validation.date"],
      ["0000-00-00", "validation.date"],
      ["2023-02-29", "validation.date"],
      ["2024-04-31", "validation.date"],
      ["2024-1-1", "validation.date"],
      ["9999-12-31", "validation.dateRange"],
      ["1969-12-31", "validation.dateRange"],
    ]) {
      const result = auditQuerySchema.safeParse({ from: day });
      expect(result.error?.issues, day).toEqual([
        expect.objectContaining({ path: ["from"], message }),
      ]);
    }
  });

  it("agree with the calendar for every day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (date) => {
          expect(isCalendarDay(date.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          date.setUTCFullYear(y);
          const real =
            m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isCalendarDay(text), text).toBe(real);
        },
      ),
    );
  });

  it("refuse control characters in the text filters", () => {
    expect(auditQuerySchema.safeParse({ actor: "a\u0000" }).error?.issues[0]?.message).toBe(
      "actor must not contain control characters",
    );
  });
});
