// One strongSwan instance of the harness: charon-systemd started inside a namespace with its
// own strongswan.conf (STRONGSWAN_CONF), log file and VICI socket, driven through swanctl.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type RunResult, inNs } from "./netns";
import { renderStrongswanConf } from "./render";
import { pollFor } from "../kit";

export const CHARON = "/usr/sbin/charon-systemd";
export const SWANCTL = "/usr/sbin/swanctl";
const PLUGIN_DIR = "/usr/lib/ipsec/plugins";

/** Why strongSwan cannot be used here, or undefined when the binaries and plugins are present. */
export function strongswanProblem(): string | undefined {
  const needed = [
    CHARON,
    SWANCTL,
    join(PLUGIN_DIR, "libstrongswan-kernel-libipsec.so"),
    join(PLUGIN_DIR, "libstrongswan-openssl.so"),
    join(PLUGIN_DIR, "libstrongswan-gcm.so"),
  ];
  const missing = needed.filter((path) => !existsSync(path));
  return missing.length ? `missing ${missing.join(", ")}` : undefined;
}

export interface Charon {
  ns: string;
  dir: string;
  swanctl(args: string[], timeoutMs?: number): Promise<RunResult>;
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** How long charon may take to start and answer on its VICI socket (generous: a busy CI). */
const VICI_DEADLINE_MS = 20_000;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts charon in `ns` with config under `dir`, loads `swanctlConf`, and returns a handle. */
export async function startCharon(ns: string, dir: string, swanctlConf: string): Promise<Charon> {
  await mkdir(dir, { recursive: true });
  const paths = {
    conf: join(dir, "strongswan.conf"),
    swanctl: join(dir, "swanctl.conf"),
    log: join(dir, "charon.log"),
    vici: join(dir, "charon.vici"),
  };
  await writeFile(paths.conf, renderStrongswanConf(paths));
  await writeFile(paths.swanctl, swanctlConf, { mode: 0o600 });
  const env = `STRONGSWAN_CONF=${paths.conf}`;
  // `ip netns exec` and `env` exec in place, so the child's pid is charon's own.
  const child = spawn("ip", ["netns", "exec", ns, "env", env, CHARON], { stdio: "ignore" });
  child.once("error", () => undefined);

  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if (!(await waitForExit(child, 3_000))) {
      child.kill("SIGKILL");
      await waitForExit(child, 2_000);
    }
  };
  const swanctl = (args: string[], timeoutMs = 10_000) =>
    inNs(ns, "env", [env, SWANCTL, ...args, "--uri", `unix://${paths.vici}`], timeoutMs);
  const log = () => readFile(paths.log, "utf8").catch(() => "");

  try {
    // The socket file appears on bind(), a moment before charon listens on it: until then swanctl
    // cannot connect, so loading is retried while that is the only problem, up to the deadline.
    const loaded = await pollFor(
      async () => {
        if (!existsSync(paths.vici)) return undefined;
        const result = await swanctl(["--load-all", "--noprompt", "--file", paths.swanctl]);
        return /connecting to .* failed/.test(result.stdout + result.stderr) ? undefined : result;
      },
      {
        reason: `charon in ${ns} to open its VICI socket`,
        timeoutMs: VICI_DEADLINE_MS,
        intervalMs: 25,
        abandonIf: () =>
          child.exitCode === null ? undefined : `charon exited (${child.exitCode})`,
        context: log,
      },
    );
    if (
      loaded.code !== 0 ||
      !/successfully loaded \d+ connections, 0 unloaded/.test(loaded.stdout)
    ) {
      throw new Error(`swanctl --load-all failed in ${ns}:\n${loaded.stdout}${loaded.stderr}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { ns, dir, swanctl, log, stop };
}
