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

/** Runs a command without a shell; resolves with its exit code instead of rejecting. */
export function run(file: string, args: string[], timeoutMs = 10_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") {
        // Not started (e.g. ENOENT) or killed on timeout.
        resolve({ code: -1, stdout: String(stdout), stderr: `${String(stderr)}${error.message}` });
        return;
      }
      resolve({
        code: error ? Number(error.code) : 0,
        stdout: String(stdout),
        stderr: String(stderr),
      });
    });
  });
}

async function ip(args: string[]): Promise<void> {
  const result = await run("ip", args);
  if (result.code !== 0) {
    throw new Error(`ip ${args.join(" ")} failed: ${result.stderr.trim() || result.code}`);
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

/** Creates two fresh namespaces joined by a veth pair, both ends up and addressed. */
export async function createNsPair(): Promise<NsPair> {
  const tag = randomBytes(4).toString("hex");
  const left = `ipsech-${tag}-l`;
  const right = `ipsech-${tag}-r`;
  const created: string[] = [];
  try {
    for (const ns of [left, right]) {
      await ip(["netns", "add", ns]);
      created.push(ns);
    }
    // Both veth ends are created directly inside their namespaces.
    await ip(
      ["link", "add", `vh${tag}l`, "netns", left, "type", "veth"].concat([
        "peer",
        "name",
        `vh${tag}r`,
        "netns",
        right,
      ]),
    );
    for (const [ns, dev, addr] of [
      [left, `vh${tag}l`, OUTER.left],
      [right, `vh${tag}r`, OUTER.right],
    ] as const) {
      await ip(["-n", ns, "link", "set", "lo", "up"]);
      await ip(["-n", ns, "addr", "add", `${addr}/30`, "dev", dev]);
      await ip(["-n", ns, "link", "set", dev, "up"]);
    }
    return { left: { ns: left, outer: OUTER.left }, right: { ns: right, outer: OUTER.right } };
  } catch (error) {
    await deleteNamespaces(created);
    throw error;
  }
}

/**
 * Places host addresses (as /32 on loopback) inside a namespace, standing in for the
 * protected subnets behind a gateway. Loopback, because the kernel may lack the dummy driver.
 */
export async function addHosts(ns: string, hosts: string[]): Promise<void> {
  for (const host of hosts) await ip(["-n", ns, "addr", "add", `${host}/32`, "dev", "lo"]);
}

/** Deletes namespaces; the veth pair and TUN devices inside go with them. Never throws. */
export async function deleteNamespaces(namespaces: string[]): Promise<void> {
  for (const ns of namespaces) await run("ip", ["netns", "del", ns]);
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
