import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cloudCallSlots } from "@/lib/db/schema";
import { DB_KINDS } from "@/test/test-database";
import { suiteDatabase } from "@/test/kit/database";
import { databaseCallSlots } from "./call-slots";

/** Long enough that no reserved slot has started while a test still reserves. */
const INTERVAL_MS = 10_000;

describe.each(DB_KINDS)("call slots in the database (%s)", (kind) => {
  const handle = suiteDatabase(kind);
  const reserve = (key: string, intervalMs = INTERVAL_MS) =>
    databaseCallSlots(() => Promise.resolve(handle.db))(key, intervalMs);
  const nextAt = async (key: string) => {
    const [row] = await handle.db.select().from(cloudCallSlots).where(eq(cloudCallSlots.key, key));
    return row!.nextAt.getTime();
  };

  it("reserves distinct slots one interval apart, even when asked at once", async () => {
    const started = Date.now();
    expect(await reserve("k-burst")).toBe(0);
    const first = await nextAt("k-burst");
    const waits = await Promise.all(Array.from({ length: 5 }, () => reserve("k-burst")));
    const elapsed = Date.now() - started;
    // Five more slots, each exactly one interval after the one before.
    expect((await nextAt("k-burst")) - first).toBe(5 * INTERVAL_MS);
    // Each caller is told to wait until its own slot: k intervals from the first, less the time
    // that passed before its statement ran.
    const sorted = [...waits].sort((a, b) => a - b);
    sorted.forEach((wait, k) => {
      expect(wait).toBeGreaterThan((k + 1) * INTERVAL_MS - elapsed - 5);
      expect(wait).toBeLessThanOrEqual((k + 1) * INTERVAL_MS + 5);
    });
  });

  it("keeps keys apart", async () => {
    const started = Date.now();
    expect(await reserve("k-a")).toBe(0);
    expect(await reserve("k-b")).toBe(0);
    expect(await reserve("k-a")).toBeGreaterThan(INTERVAL_MS - (Date.now() - started) - 5);
  });

  it("starts an idle key now, never at a slot in the past", async () => {
    expect(await reserve("k-idle", 20)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await reserve("k-idle", 20)).toBe(0);
  });
});
