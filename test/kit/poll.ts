/**
 * Waiting in tests: every wait has a deadline and says what it waited for when it runs out.
 */

export type PollOptions<T> = {
  /** What is awaited, as the error will say it: "link 42 in active|failed". */
  reason: string;
  /** Default 30 s: generous, for a loaded CI machine. */
  timeoutMs?: number;
  /** Pause between probes; default 50 ms. */
  intervalMs?: number;
  /**
   * Checked before each probe: a text ends the wait at once, naming why it can never come (a
   * child process that exited). `undefined` keeps waiting.
   */
  abandonIf?: () => string | undefined;
  /** Extra context for the error (a process's output, a log), read only when the wait fails. */
  context?: () => string | Promise<string>;
  /** The last probed value, for the error; default JSON, cut to 500 characters. */
  show?: (value: T) => string;
};

export const DEFAULT_POLL_TIMEOUT_MS = 30_000;
const DEFAULT_INTERVAL_MS = 50;
const SHOWN_CHARS = 500;

/** Probes until `done(value)` holds; returns that value, or throws naming `reason` at the deadline. */
export async function pollUntil<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let rounds = 0;
  for (;;) {
    const abandoned = options.abandonIf?.();
    if (abandoned !== undefined) {
      throw new Error(
        `gave up waiting for ${options.reason}: ${abandoned}${await contextOf(options.context)}`,
      );
    }
    const value = await probe();
    rounds += 1;
    if (done(value)) return value;
    if (Date.now() >= deadline) {
      const shown = (options.show ?? showValue)(value);
      throw new Error(
        `timed out after ${timeoutMs} ms (${rounds} probes) waiting for ${options.reason}; ` +
          `last value: ${shown}${await contextOf(options.context)}`,
      );
    }
    await sleep(options.intervalMs ?? DEFAULT_INTERVAL_MS);
  }
}

/** Probes until it returns something other than `undefined`, and returns that. */
export async function pollFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  options: PollOptions<T | undefined>,
): Promise<T> {
  const value = await pollUntil(probe, (found) => found !== undefined, options);
  return value as T;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function contextOf(context: PollOptions<unknown>["context"]): Promise<string> {
  return context ? `\n${await context()}` : "";
}

function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
