import type { CountedCall, SimLimit } from "@/sim/http/rate-limit";

/** One action's calls as the simulator counted them during bench:execute, against its limit. */
export type ActionRate = {
  /** `provider [region] Action` (the simulator's key without the caller). */
  action: string;
  ran: number;
  refused: number;
  limit: SimLimit;
  /** First to last call that ran. */
  spanMs: number;
  /** Calls per second over the span (the first call opens it: (ran − 1) ÷ span). */
  perSecond: number;
  /** perSecond ÷ the limit's calls per second. */
  ofLimit: number;
  /** The most calls that ran in any window of the limit's length (fixed or sliding). */
  peak: number;
  /** How long the calls that ran take at exactly the limit: what makes an action the limiting one. */
  atLimitMs: number;
};

/** `tencent:AKID…:CreateVpnGateway` → `tencent CreateVpnGateway`; the caller's key id dropped. */
const actionOf = (key: string) => {
  const [provider, , ...rest] = key.split(":");
  return [provider, ...rest].join(" ");
};

/** The most timestamps (sorted) that fall in any window of `windowMs`. */
function peakIn(times: number[], windowMs: number): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end]! - times[start]! >= windowMs) start += 1;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** Every action's figures, the limiting one (longest at its limit) first. */
export function callRates(calls: readonly CountedCall[]): ActionRate[] {
  const byAction = new Map<string, CountedCall[]>();
  for (const call of calls) {
    const action = actionOf(call.key);
    byAction.set(action, [...(byAction.get(action) ?? []), call]);
  }
  const rates = [...byAction].map(([action, counted]): ActionRate => {
    const times = counted.filter((c) => c.allowed).map((c) => c.at);
    times.sort((a, b) => a - b);
    const limit = counted.at(-1)!.limit;
    const limitPerSecond = (limit.max / limit.windowMs) * 1000;
    const spanMs = times.length > 1 ? times.at(-1)! - times[0]! : 0;
    const perSecond = spanMs > 0 ? ((times.length - 1) / spanMs) * 1000 : 0;
    return {
      action,
      ran: times.length,
      refused: counted.length - times.length,
      limit,
      spanMs,
      perSecond,
      ofLimit: perSecond / limitPerSecond,
      peak: peakIn(times, limit.windowMs),
      atLimitMs: (Math.max(0, times.length - 1) / limitPerSecond) * 1000,
    };
  });
  return rates.sort((a, b) => b.atLimitMs - a.atLimitMs);
}
