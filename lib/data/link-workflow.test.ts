import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { type AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions/permissions";
import { pskDigest } from "@/lib/crypto/psk";
import { pskKey } from "@/lib/crypto/psk-key";
import { openDatabase } from "@/lib/db/connect";
import { approvals, executions, links } from "@/lib/db/schema";
import { compileStoredLinkPlan } from "@/lib/data/link-plan";
import { planHash } from "@/lib/design/plan/hash";
import { DEFAULT_APPROVAL_POLICY } from "@/lib/schemas/approval-policy";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesignInput } from "@/lib/schemas/link/design";
import { ALIBABA_GATEWAY, TENCENT_GATEWAY, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { DB_KINDS } from "@/test/test-database";
import { getApprovalPolicy, updateApprovalPolicy } from "./approval-policy";
import {
  decideLink,
  getLinkWorkflow,
  listPendingApprovals,
  submitLink,
  withdrawLink,
} from "./link-workflow";
import { createLinkDraft, getLink, updateLinkDraft } from "./links";
import { createUser } from "./users";
import { variant } from "@/test/kit";
import { refusalOf } from "@/test/kit/refusal";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

type Person = { id: string; email: string; name: string; roles: string[] };

const refusal = refusalOf;

describe.each(DB_KINDS)("link approval workflow on %s", (kind) => {
  const handle = suiteDatabase(kind);
  let owner: Person;
  let other: Person;
  let approver: Person;
  let approver2: Person;
  let approver3: Person;
  beforeAll(async () => {
    const make = (email: string, roles: Role[]) =>
      createUser({ db: handle.db, email, name: email, roles, actor: null, via: "cli" });
    // The owner also holds `approver`: the rule is about the person, not the role.
    owner = await make("owner@flow.test", ["requester", "approver"]);
    other = await make("other@flow.test", ["requester"]);
    approver = await make("approver@flow.test", ["approver"]);
    approver2 = await make("approver2@flow.test", ["approver"]);
    approver3 = await make("approver3@flow.test", ["admin"]);
  });

  const db = () => handle.db;
  const draft = (design: LinkDesignInput, by: Person = owner) =>
    createLinkDraft({ db: db(), design: linkDesignSchema.parse(design), owner: by });
  const submitted = async (design: LinkDesignInput) => {
    const link = await draft(design);
    const result = await submitLink({ db: db(), id: link.id, actor: owner });
    return { id: link.id, hash: result.planHash! };
  };
  const approve = (id: string, actor: Person, hash: string, comment?: string) =>
    decideLink({ db: db(), id, actor, decision: "approve", planHash: hash, comment });
  const audit = (action: string, id: string) => auditRowsOf(db(), action, id);
  const executionsOf = (id: string) =>
    db().select().from(executions).where(eq(executions.linkId, id));
  const stateOf = async (id: string) => (await getLink({ db: db(), id }))!.state;

  it("submit freezes the plan, its hash (key by digest) and the policy's count", async () => {
    const link = await draft(TENCENT_ON_PREM);
    const result = await submitLink({ db: db(), id: link.id, actor: owner });
    const plan = compileStoredLinkPlan({ design: link.design });
    const digest = pskDigest({ psk: "Sz0ffice!Key", key: pskKey() });
    expect(result).toMatchObject({
      state: "submitted",
      planHash: planHash(plan, digest),
      requiredApprovals: 1,
    });
    const [row] = await db().select().from(links).where(eq(links.id, link.id));
    expect(row!.plan).toEqual(plan);
    expect(planHash(row!.plan as typeof plan, digest)).toBe(row!.planHash);
    expect(row!.submittedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row!.plan)).not.toContain("Sz0ffice!Key");
    const [event] = await audit("link.submitted", link.id);
    expect(event!.payload).toEqual({ planHash: result.planHash, requiredApprovals: 1 });
    // Only from draft, only by the owner.
    expect(await refusal(submitLink({ db: db(), id: link.id, actor: owner }))).toBe("409 notDraft");
    const mine = await draft(TENCENT_ON_PREM);
    expect(await refusal(submitLink({ db: db(), id: mine.id, actor: other }))).toBe("403 notOwner");
  });

  it("a gateway-only design (no key) gets a hash without a digest", async () => {
    const { hash } = await submitted(ALIBABA_GATEWAY);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses to submit while a design check blocks it, listing the findings", async () => {
    // Valid for the API, but its IKE DH group is left to Tencent's default, group 1.
    const blocked = variant(TENCENT_ON_PREM, (d) => {
      delete d.site.tunnel.params.IKEOptionsSpecification;
    });
    const link = await draft(blocked);
    let caught: AppError | undefined;
    await submitLink({ db: db(), id: link.id, actor: owner }).catch((e: AppError) => {
      caught = e;
    });
    expect(caught?.status).toBe(422);
    expect(caught?.reason).toBe("blockingFindings");
    expect(caught?.issues?.every((issue) => issue.path !== "")).toBe(true);
    expect(caught?.issues).toContainEqual({
      path: "site.tunnel.params.IKEOptionsSpecification.DhGroupName",
      message: "lint.crypto.dhForbidden",
    });
    expect(await stateOf(link.id)).toBe("draft");
    expect(await audit("link.submitted", link.id)).toHaveLength(0);
  });

  it("never lets the owner approve or reject their own link", async () => {
    const { id, hash } = await submitted(TENCENT_ON_PREM);
    expect(await refusal(approve(id, owner, hash))).toBe("403 ownLink");
    expect(
      await refusal(
        decideLink({
          db: db(),
          id,
          actor: owner,
          decision: "reject",
          planHash: hash,
          comment: "x",
        }),
      ),
    ).toBe("403 ownLink");
    expect(await stateOf(id)).toBe("submitted");
    expect(await db().select().from(approvals).where(eq(approvals.linkId, id))).toHaveLength(0);
  });

  it("a policy needing 2 waits for 2 distinct approvers; one person counts once", async () => {
    const { id, hash } = await submitted(TENCENT_GATEWAY); // prepaid, 100 Mbps
    expect((await getLinkWorkflow({ db: db(), id }))!.requiredApprovals).toBe(2);
    expect(await approve(id, approver, hash, "looks right")).toMatchObject({
      state: "submitted",
      approvals: 1,
      requiredApprovals: 2,
    });
    expect(await refusal(approve(id, approver, hash))).toBe("409 alreadyDecided");
    expect(await stateOf(id)).toBe("submitted");
    expect(await executionsOf(id)).toHaveLength(0);
    const [recorded] = await audit("link.approval_recorded", id);
    expect(recorded!.payload).toMatchObject({ approvals: 1, required: 2, comment: "looks right" });
    // Waiting for the second approver, not for the first one again.
    const pending = async (p: Person) =>
      (await listPendingApprovals({ db: db(), approverId: p.id })).pending.map((l) => l.id);
    expect(await pending(approver)).not.toContain(id);
    expect(await pending(approver2)).toContain(id);
    expect(await pending(owner)).not.toContain(id);

    const final = await approve(id, approver2, hash);
    expect(final).toMatchObject({ state: "approved", approvals: 2 });
    expect(await stateOf(id)).toBe("approved");
    const runs = await executionsOf(id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ planHash: hash, state: "queued", id: final.executionId });
    expect(await audit("link.approved", id)).toHaveLength(1);
    expect(await audit("execution.queued", id)).toHaveLength(1);
    expect(await refusal(approve(id, approver3, hash))).toBe("409 notSubmitted");
    const workflow = await getLinkWorkflow({ db: db(), id });
    expect(workflow!.decisions.map((d) => d.approver.email)).toEqual([
      approver.email,
      approver2.email,
    ]);
  });

  it("editing a submitted link voids its approvals and the old hash is refused", async () => {
    const { id, hash } = await submitted(TENCENT_GATEWAY);
    await approve(id, approver, hash);
    const stored = (await getLink({ db: db(), id }))!.design;
    const edited = variant(stored, (d) => {
      d.site.gateway.params.InternetMaxBandwidthOut = 200;
    });
    const updated = await updateLinkDraft({ db: db(), id, design: edited, actor: owner });
    expect(updated.state).toBe("draft");
    const [withdrawn] = await audit("link.withdrawn", id);
    expect(withdrawn!.payload).toEqual({ from: "submitted", cause: "edited", voidedApprovals: 1 });
    expect(await audit("link.updated", id)).toHaveLength(1);
    const live = await db().select().from(approvals).where(eq(approvals.linkId, id));
    expect(live.every((a) => a.voidedAt !== null)).toBe(true);

    const again = await submitLink({ db: db(), id, actor: owner });
    expect(again.planHash).not.toBe(hash);
    expect(await refusal(approve(id, approver2, hash))).toBe("409 planChanged");
    // The voided approval does not count: the new hash still needs 2.
    expect(await approve(id, approver, again.planHash!)).toMatchObject({ approvals: 1 });
    expect(await stateOf(id)).toBe("submitted");
  });

  it("withdrawing voids approvals; the same plan resubmitted is reviewed afresh", async () => {
    const { id, hash } = await submitted(TENCENT_GATEWAY);
    await approve(id, approver, hash);
    expect(await refusal(withdrawLink({ db: db(), id, actor: other }))).toBe("403 notOwner");
    expect(await withdrawLink({ db: db(), id, actor: owner })).toMatchObject({ state: "draft" });
    expect(await refusal(approve(id, approver2, hash))).toBe("409 notSubmitted");
    const again = await submitLink({ db: db(), id, actor: owner });
    expect(again.planHash).toBe(hash); // same design, same key: same hash
    expect(await approve(id, approver, hash)).toMatchObject({ approvals: 1, state: "submitted" });
    expect(await refusal(withdrawLink({ db: db(), id: crypto.randomUUID(), actor: owner }))).toBe(
      "404",
    );
  });

  it("a rejection ends the review; the owner edits back to draft", async () => {
    const { id, hash } = await submitted(TENCENT_ON_PREM);
    expect(
      await decideLink({
        db: db(),
        id,
        actor: approver,
        decision: "reject",
        planHash: hash,
        comment: "  wrong office subnet  ",
      }),
    ).toMatchObject({ state: "rejected" });
    const [event] = await audit("link.rejected", id);
    expect(event!.payload).toEqual({ planHash: hash, comment: "wrong office subnet" });
    expect(await refusal(approve(id, approver2, hash))).toBe("409 notSubmitted");
    const stored = (await getLink({ db: db(), id }))!.design;
    expect((await updateLinkDraft({ db: db(), id, design: stored, actor: owner })).state).toBe(
      "draft",
    );
    const [withdrawn] = await audit("link.withdrawn", id);
    expect(withdrawn!.payload).toMatchObject({ from: "rejected", cause: "edited" });
  });

  it("ten simultaneous approvals of a 1-approval link: one succeeds, one run queued", async () => {
    const { id, hash } = await submitted(TENCENT_ON_PREM);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => refusal(approve(id, approver, hash))),
    );
    expect(results.filter((r) => r === "accepted")).toHaveLength(1);
    expect(results.filter((r) => r.startsWith("409"))).toHaveLength(9);
    expect(await executionsOf(id)).toHaveLength(1);
    expect(await audit("link.approved", id)).toHaveLength(1);
    expect(await stateOf(id)).toBe("approved");
  });

  it("two approvers racing the last approval: one wins, the other gets 409", async () => {
    const { id, hash } = await submitted(TENCENT_GATEWAY);
    await approve(id, approver, hash);
    const results = await Promise.all(
      [approver2, approver3, approver2, approver3].map((p) => refusal(approve(id, p, hash))),
    );
    expect(results.filter((r) => r === "accepted")).toHaveLength(1);
    expect(results.filter((r) => r.startsWith("409"))).toHaveLength(3);
    expect(await executionsOf(id)).toHaveLength(1);
    expect(await audit("execution.queued", id)).toHaveLength(1);
    const workflow = await getLinkWorkflow({ db: db(), id });
    expect(workflow).toMatchObject({ state: "approved", approvals: 2 });
  });

  it.runIf(kind === "postgres")(
    "two portal instances (two pools on one PostgreSQL) racing approvals queue one run",
    async () => {
      const second = await openDatabase({ databaseUrl: (handle as { url?: string }).url });
      try {
        const { id, hash } = await submitted(TENCENT_GATEWAY);
        await approve(id, approver, hash);
        const results = await Promise.all(
          [approver2, approver3, approver2, approver3].flatMap((p) => [
            refusal(approve(id, p, hash)),
            refusal(
              decideLink({ db: second.db, id, actor: p, decision: "approve", planHash: hash }),
            ),
          ]),
        );
        expect(results.filter((r) => r === "accepted")).toHaveLength(1);
        expect(results.filter((r) => r.startsWith("409"))).toHaveLength(7);
        expect(await executionsOf(id)).toHaveLength(1);
        expect(await audit("link.approved", id)).toHaveLength(1);
      } finally {
        await second.close();
      }
    },
  );

  it("an admin edits the policy (audited from/to); new submissions follow it", async () => {
    expect(await getApprovalPolicy(db())).toEqual(DEFAULT_APPROVAL_POLICY);
    const next = { ...DEFAULT_APPROVAL_POLICY, baseCount: 3 };
    await updateApprovalPolicy({ db: db(), policy: next, actor: approver3 });
    expect(await getApprovalPolicy(db())).toEqual(next);
    const [event] = await audit("policy.updated", "approval");
    expect(event!.payload).toEqual({ from: DEFAULT_APPROVAL_POLICY, to: next });
    const { id } = await submitted(TENCENT_ON_PREM);
    expect((await getLinkWorkflow({ db: db(), id }))!.requiredApprovals).toBe(3);
    await updateApprovalPolicy({ db: db(), policy: DEFAULT_APPROVAL_POLICY, actor: approver3 });
    // A submitted link keeps the count frozen at its submission.
    expect((await getLinkWorkflow({ db: db(), id }))!.requiredApprovals).toBe(3);
  });
});
