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
  const reserve = (key: string, intervalMs = INTERVAL_MS, maxWaitMs?: number) =>
    databaseCallSlots(() => Promise.resolve(handle.db))(key, intervalMs, maxWaitMs);
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

  it("with a bound, leaves a slot further away free, and reserves one within it", async () => {
    const started = Date.now();
    expect(await reserve("k-far", INTERVAL_MS, 1_000)).toBe(0);
    const first = await nextAt("k-far");
    // The next free slot starts one interval on: beyond the bound, so it is not taken.
    const far = await reserve("k-far", INTERVAL_MS, 1_000);
    expect(far).toBeGreaterThan(1_000);
    expect(far).toBeLessThanOrEqual(INTERVAL_MS + 5);
    expect(await nextAt("k-far")).toBe(first);
    // Asked again (as the requeued caller would be), it is still that slot, now reserved.
    const near = await reserve("k-far", INTERVAL_MS, 2 * INTERVAL_MS);
    expect(near).toBeGreaterThan(INTERVAL_MS - (Date.now() - started) - 5);
    expect(await nextAt("k-far")).toBe(first + INTERVAL_MS);
  });

  it("starts an idle key now, never at a slot in the past", async () => {
    expect(await reserve("k-idle", 20)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await reserve("k-idle", 20)).toBe(0);
  });
});
