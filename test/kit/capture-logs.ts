import type * as LogModule from "@/lib/log";

/**
 * A stand-in for `@/lib/log` whose loggers write every line, at the most verbose level, into
 * `lines`. For a hoisted `vi.mock`, which may only reach hoisted values and dynamic imports:
 *
 *   const logLines = vi.hoisted(() => [] as string[]);
 *   vi.mock("@/lib/log", async (importOriginal) =>
 *     (await import("@/test/kit/capture-logs")).captureLogs(importOriginal, logLines),
 *   );
 */
export async function captureLogs(
  importOriginal: <T>() => Promise<T>,
  lines: string[],
): Promise<typeof LogModule> {
  const actual = await importOriginal<typeof LogModule>();
  const root = actual.createLogger({
    level: "trace",
    destination: { write: (line: string) => void lines.push(line) },
  });
  return {
    ...actual,
    logger: () => root,
    requestLogger: (id: string) => root.child({ requestId: id }),
  };
}
