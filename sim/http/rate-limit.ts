import type { Clock } from "../types";

/**
 * Fixed-window request counter keyed by caller and action. Hand-written (a dozen lines) because it
 * must run on the simulator's injectable clock, which general-purpose limiters do not accept.
 */
/** A limit: at most `max` calls per fixed window of `windowMs`. */
export type SimLimit = { max: number; windowMs: number };

/**
 * One call as the limiter counted it: its key (`provider:caller[:region]:action`), when, the limit
 * it was held to, whether it ran.
 */
export type CountedCall = { key: string; at: number; limit: SimLimit; allowed: boolean };
export type CallObserver = (call: CountedCall) => void;

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private refused = new Map<string, number>();
  private overrides = new Map<string, SimLimit>();
  private observers: CallObserver[] = [];

  constructor(private readonly clock: Clock) {}

  /** Replaces one action's documented limit until the next reset (POST /_sim/limits). */
  setLimit(provider: "tencent" | "alibaba", action: string, limit: SimLimit): void {
    this.overrides.set(`${provider}:${action}`, limit);
  }

  /** The limit in force for an action: the one set for it, else its documented one. */
  limitOf(provider: "tencent" | "alibaba", action: string, documented: SimLimit): SimLimit {
    return this.overrides.get(`${provider}:${action}`) ?? documented;
  }

  /** Tells `observer` of every call counted from now on, allowed or refused (bench:execute). */
  observe(observer: CallObserver): void {
    this.observers.push(observer);
  }

  /** Counts one call; false (and counted as refused) when it exceeds `limit` per `windowMs`. */
  allow(key: string, limit: number, windowMs: number): boolean {
    const now = this.clock.now();
    const allowed = this.count(key, limit, windowMs, now);
    for (const observer of this.observers)
      observer({ key, at: now, limit: { max: limit, windowMs }, allowed });
    return allowed;
  }

  private count(key: string, limit: number, windowMs: number, now: number): boolean {
    const win = this.windows.get(key);
    if (!win || now - win.start >= windowMs) {
      this.windows.set(key, { start: now - (now % windowMs), count: 1 });
      return true;
    }
    win.count += 1;
    if (win.count <= limit) return true;
    this.refused.set(key, (this.refused.get(key) ?? 0) + 1);
    return false;
  }

  /** Calls refused since the last reset, per key (`provider:caller[:region]:action`). */
  refusals(): Record<string, number> {
    return Object.fromEntries(this.refused);
  }

  reset(): void {
    this.windows.clear();
    this.refused.clear();
    this.overrides.clear();
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
