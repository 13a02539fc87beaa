import { execFile } from "node:child_process";

/**
 * Test options for a case that starts scripts: tsx compiles each one as it starts, which takes
 * seconds apiece on a busy machine, past the suite's default 30 s for a case that starts several.
 */
export const STARTS_SCRIPTS = { timeout: 180_000 };

/** Runs one of the project's tsx scripts the way `npm run` does, with extra environment. */
export function runScript(
  script: string,
  args: string[],
  extraEnv: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      // The Node running the tests, not whichever `node` is first on PATH.
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", script, ...args],
      { env: { ...process.env, LOG_LEVEL: "silent", ...extraEnv } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
