// Network namespaces for the IPsec harness: two namespaces joined by a veth pair, protected
// subnet hosts on each namespace's loopback, and teardown. Nothing is configured in the
// root namespace except the (namespaced) veth creation itself.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without a shell, optionally feeding `input` on stdin; resolves with its exit
 * code (-1 when it could not start or timed out) instead of rejecting.
 */
export function run(
  file: string,
  args: string[],
  timeoutMs = 10_000,
  input?: string,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          resolve({
            code: -1,
            stdout: String(stdout),
            stderr: `${String(stderr)}${error.message}`,
          });
          return;
        }
        const code = error ? Number(error.code) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(input ?? "");
  });
}

/** Runs `ip` commands as one batch (one process: spawning is the slow part here). */
async function ipBatch(globalArgs: string[], commands: string[]): Promise<void> {
  const result = await run(
    "ip",
    [...globalArgs, "-batch", "-"],
    10_000,
    commands.join("\n") + "\n",
  );
  if (result.code !== 0) {
    throw new Error(
      `ip batch failed: ${result.stderr.trim() || result.code}\n${commands.join("\n")}`,
    );
  }
}

/** Runs a command inside a namespace. */
export const inNs = (ns: string, file: string, args: string[], timeoutMs?: number) =>
  run("ip", ["netns", "exec", ns, file, ...args], timeoutMs);

export interface NsEnd {
  ns: string;
  /** Outer address on the veth, the IKE endpoint. */
  outer: string;
}

export interface NsPair {
  left: NsEnd;
  right: NsEnd;
}

/** Outer addresses, from the 198.18.0.0/15 benchmarking range (RFC 2544). */
export const OUTER = { left: "198.18.0.1", right: "198.18.0.2" } as const;

/**
 * Creates two fresh namespaces joined by a veth pair, addressed and up, with `hosts` (as /32
 * on loopback: the kernel may lack the dummy driver) standing in for each protected subnet.
 */
export async function createNsPair(hosts: { left: string[]; right: string[] }): Promise<NsPair> {
  const tag = randomBytes(4).toString("hex");
  const ns = { left: `ipsech-${tag}-l`, right: `ipsech-${tag}-r` };
  const dev = { left: `vh${tag}l`, right: `vh${tag}r` };
  try {
    // Both veth ends are created directly inside their namespaces.
    await ipBatch(
      [],
      [
        `netns add ${ns.left}`,
        `netns add ${ns.right}`,
        `link add ${dev.left} netns ${ns.left} type veth peer name ${dev.right} netns ${ns.right}`,
      ],
    );
    await Promise.all(
      (["left", "right"] as const).map((side) =>
        ipBatch(
          ["-n", ns[side]],
          [
            "link set lo up",
            `addr add ${OUTER[side]}/30 dev ${dev[side]}`,
            `link set ${dev[side]} up`,
            ...hosts[side].map((host) => `addr add ${host}/32 dev lo`),
          ],
        ),
      ),
    );
  } catch (error) {
    await deleteNamespaces([ns.left, ns.right]);
    throw error;
  }
  return {
    left: { ns: ns.left, outer: OUTER.left },
    right: { ns: ns.right, outer: OUTER.right },
  };
}

/** Deletes namespaces (the veth pair goes with them); ignores ones that do not exist. */
export async function deleteNamespaces(namespaces: string[]): Promise<void> {
  if (namespaces.length === 0) return;
  await run(
    "ip",
    ["-force", "-batch", "-"],
    10_000,
    namespaces.map((n) => `netns del ${n}\n`).join(""),
  );
}

/** Pings `to` from `from` inside a namespace, a few tries (the peer may install its SA late). */
export async function ping(ns: string, from: string, to: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await inNs(ns, "ping", ["-n", "-c", "1", "-W", "1", "-I", from, to], 5_000);
    if (result.code === 0) return true;
  }
  return false;
}

/** Why namespaces cannot be used here, or undefined when they can (tries one for real). */
export async function namespaceProblem(): Promise<string | undefined> {
  if (typeof process.getuid === "function" && process.getuid() !== 0) return "not running as root";
  const probe = `ipsech-probe-${randomBytes(3).toString("hex")}`;
  const added = await run("ip", ["netns", "add", probe]);
  if (added.code !== 0) {
    return `'ip netns add' failed: ${added.stderr.trim() || `exit ${added.code}`}`;
  }
  await deleteNamespaces([probe]);
  return undefined;
}
