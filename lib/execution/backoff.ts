/** Exponential backoff with full jitter between `minMs` and `maxMs`. */
export type Backoff = { minMs: number; maxMs: number };

export const DEFAULT_BACKOFF: Backoff = { minMs: 500, maxMs: 15_000 };

export function backoffDelay(backoff: Backoff, attempt: number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.minMs * 2 ** Math.max(0, attempt));
  return backoff.minMs + Math.random() * Math.max(0, ceiling - backoff.minMs);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
