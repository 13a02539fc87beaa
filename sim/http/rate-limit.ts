import type { Clock } from "../types";

/**
 * Fixed-window request counter keyed by caller and action. Hand-written (a dozen lines) because it
 * must run on the simulator's injectable clock, which general-purpose limiters do not accept.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /** Counts one call; false when the call exceeds `limit` per `windowMs`. */
  allow(key: string, limit: number, windowMs: number): boolean {
    const now = this.clock.now();
    const win = this.windows.get(key);
    if (!win || now - win.start >= windowMs) {
      this.windows.set(key, { start: now - (now % windowMs), count: 1 });
      return true;
    }
    win.count += 1;
    return win.count <= limit;
  }

  reset(): void {
    this.windows.clear();
  }
}

/** Remembers Alibaba SignatureNonce values for the replay window. */
export class NonceCache {
  private seen = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  /** Records the nonce; false when it was already used within the window. */
  use(nonce: string): boolean {
    const now = this.clock.now();
    if (this.seen.size > 10_000) {
      for (const [key, expiry] of this.seen) if (expiry <= now) this.seen.delete(key);
    }
    const expiry = this.seen.get(nonce);
    if (expiry !== undefined && expiry > now) return false;
    this.seen.set(nonce, now + this.ttlMs);
    return true;
  }

  reset(): void {
    this.seen.clear();
  }
}
