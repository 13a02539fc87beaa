// The IPsec interop harness: brings two IPsec ends up against each other, each a strongSwan
// instance in its own network namespace, and reports whether IKE and the CHILD_SA came up,
// whether a ping crossed the tunnel, and which error notifies were exchanged.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Charon, startCharon, strongswanProblem } from "./charon";
import { createNsPair, deleteNamespaces, namespaceProblem, ping } from "./netns";
import {
  childNameOf,
  firstHost,
  localSubnetsOf,
  parseListSas,
  parseNotifies,
  swanctlConfFor,
} from "./render";
import type { NegotiateOptions, NegotiateResult, PingResult, Side } from "./types";

export type * from "./types";

/** Why the harness cannot run on this machine, or undefined when it can. */
export async function harnessProblem(): Promise<string | undefined> {
  return strongswanProblem() ?? (await namespaceProblem());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ESTABLISHED = /CHILD_SA \S+ established with SPIs/;

/** Rekeys the CHILD_SA from the initiator; true when a new CHILD_SA was established. */
async function rekey(initiator: Charon, child: string, deadline: number): Promise<boolean> {
  const offset = (await initiator.log()).length;
  await initiator.swanctl(["--rekey", "--child", child]);
  while (Date.now() < deadline) {
    const since = (await initiator.log()).slice(offset);
    if (ESTABLISHED.test(since)) return true;
    if (parseNotifies(since).length) return false;
    await sleep(50);
  }
  return false;
}

/**
 * IKE and CHILD_SA state on both ends. When the initiator is up but the responder is not yet
 * (an IKEv1 responder installs its CHILD_SA after the initiator's last quick mode message),
 * asks again until `until`.
 */
async function bothStates(
  ends: { charon: Charon; child: string }[],
  until: number,
): Promise<{ ikeUp: boolean; childUp: boolean }> {
  for (;;) {
    const states = await Promise.all(
      ends.map(async ({ charon, child }) => {
        const listed = await charon.swanctl(["--list-sas", "--noblock"]);
        return parseListSas(listed.stdout, child);
      }),
    );
    const ikeUp = states.every((state) => state.ikeUp);
    const childUp = states.every((state) => state.childUp);
    const initiatorUp = states[0]?.ikeUp === true && states[0].childUp;
    if (childUp || !initiatorUp || Date.now() >= until) return { ikeUp, childUp };
    await sleep(100);
  }
}

/** Negotiates `left` against `right`; always tears the namespaces and instances down. */
export async function negotiate(options: NegotiateOptions): Promise<NegotiateResult> {
  const { left, right, rekeyChild = false, timeoutMs = 15_000 } = options;
  const initiatorSide: Side = options.initiator ?? "left";
  const responderSide: Side = initiatorSide === "left" ? "right" : "left";
  const dir = await mkdtemp(join(tmpdir(), "ipsec-harness-"));
  const charons: Partial<Record<Side, Charon>> = {};
  let namespaces: string[] = [];
  try {
    const ends = { left, right };
    const hosts = {
      left: localSubnetsOf(left).map(firstHost),
      right: localSubnetsOf(right).map(firstHost),
    };
    const pair = await createNsPair(hosts);
    namespaces = [pair.left.ns, pair.right.ns];
    // Both instances start in parallel; each one that started is recorded for teardown.
    const started = await Promise.allSettled(
      (["left", "right"] as const).map(async (side) => {
        const me = pair[side];
        const peer = pair[side === "left" ? "right" : "left"];
        const conf = swanctlConfFor(ends[side], { local: me.outer, remote: peer.outer });
        charons[side] = await startCharon(me.ns, join(dir, side), conf);
      }),
    );
    for (const outcome of started) if (outcome.status === "rejected") throw outcome.reason;
    const initiator = charons[initiatorSide]!;
    const responder = charons[responderSide]!;
    const deadline = Date.now() + timeoutMs;

    const child = childNameOf(ends[initiatorSide]);
    const seconds = Math.max(1, Math.floor(timeoutMs / 1000));
    const initiated = await initiator.swanctl(
      ["--initiate", "--child", child, "--timeout", String(seconds)],
      timeoutMs + 2_000,
    );
    const { ikeUp, childUp } = await bothStates(
      [
        { charon: initiator, child },
        { charon: responder, child: childNameOf(ends[responderSide]) },
      ],
      Math.min(deadline, Date.now() + 3_000),
    );

    const pings: PingResult[] = [];
    if (childUp) {
      for (const from of hosts[initiatorSide]) {
        for (const to of hosts[responderSide]) {
          pings.push({ from, to, ok: await ping(initiator.ns, from, to) });
        }
      }
    }
    const pingOk = pings.length > 0 && pings.every((result) => result.ok);
    const rekeyOk = rekeyChild && childUp ? await rekey(initiator, child, deadline) : undefined;

    await Promise.all([initiator.stop(), responder.stop()]);
    const logs = {
      left: await charons.left!.log(),
      right: await charons.right!.log(),
      initiate: initiated.stdout + initiated.stderr,
    };
    const notifies = [...new Set([...parseNotifies(logs.left), ...parseNotifies(logs.right)])];
    return { ikeUp, childUp, pingOk, pings, rekeyOk, notifies, logs };
  } finally {
    await Promise.all(Object.values(charons).map((charon) => charon.stop()));
    await deleteNamespaces(namespaces);
    await rm(dir, { recursive: true, force: true });
  }
}
