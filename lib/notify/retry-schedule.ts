/**
 * When a failed delivery is tried again: the Standard Webhooks example schedule, from the first
 * attempt (at once) to the last, about 80 hours later. After the last, the delivery is dead.
 */
export const DEFAULT_RETRY_SECONDS = [
  0, 5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400,
] as const;

/** The wait before attempt `attempts + 1`, ±10% jitter; null when there is none left. */
export function nextRetryDelayMs(
  scheduleSeconds: readonly number[],
  attempts: number,
  random: () => number = Math.random,
): number | null {
  const seconds = scheduleSeconds[attempts];
  if (seconds === undefined) return null;
  const jitter = 1 + (random() * 2 - 1) * 0.1;
  return Math.round(seconds * 1000 * jitter);
}
