import { beforeAll, describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { suiteDatabase } from "@/test/kit/database";
import { createLinkDraft } from "./links";
import {
  APPROVAL_QUEUE_PAGE_SIZE,
  decideLink,
  listPendingApprovals,
  submitLink,
} from "./link-workflow";
import { createUser } from "./users";

/** The approval queue comes a page at a time: it can hold thousands of links. */
describe("approval queue pages", () => {
  const handle = suiteDatabase("pglite");
  const LINKS = APPROVAL_QUEUE_PAGE_SIZE + 2;
  let approverId: string;
  const submitted: { id: string; hash: string }[] = [];

  beforeAll(async () => {
    const db = handle.db;
    const make = (email: string, roles: ("requester" | "approver")[]) =>
      createUser({ db, email, name: email, roles, actor: null, via: "cli" });
    const owner = await make("owner@queue.test", ["requester"]);
    approverId = (await make("approver@queue.test", ["approver"])).id;
    for (let i = 0; i < LINKS; i++) {
      const design = linkDesignSchema.parse({ ...TENCENT_ON_PREM, name: `Queued ${i}` });
      const link = await createLinkDraft({ db, design, owner });
      const result = await submitLink({ db, id: link.id, actor: owner });
      submitted.push({ id: link.id, hash: result.planHash! });
    }
  });

  it("shows a full first page, oldest submission first, then the rest", async () => {
    const first = await listPendingApprovals({ db: handle.db, approverId });
    expect(first).toMatchObject({ total: LINKS, totalCapped: false, page: 1, pageCount: 2 });
    expect(first.hasNext).toBe(true);
    expect(first.pending.map((link) => link.id)).toEqual(
      submitted.slice(0, APPROVAL_QUEUE_PAGE_SIZE).map((link) => link.id),
    );
    const second = await listPendingApprovals({ db: handle.db, approverId, page: 2 });
    expect(second).toMatchObject({ total: LINKS, page: 2, pageCount: 2, hasNext: false });
    expect(second.pending.map((link) => link.id)).toEqual(
      submitted.slice(APPROVAL_QUEUE_PAGE_SIZE).map((link) => link.id),
    );
    const past = await listPendingApprovals({ db: handle.db, approverId, page: 3 });
    expect(past.pending).toEqual([]);
  });

  it("stops counting at its cap and says so, still paging on", async () => {
    const countCap = 10;
    const first = await listPendingApprovals({ db: handle.db, approverId, countCap });
    expect(first).toMatchObject({ total: 10, totalCapped: true, pageCount: 1, hasNext: true });
    expect(first.pending).toHaveLength(APPROVAL_QUEUE_PAGE_SIZE);
    const second = await listPendingApprovals({ db: handle.db, approverId, page: 2, countCap });
    expect(second).toMatchObject({ totalCapped: true, hasNext: false });
    expect(second.pending).toHaveLength(LINKS - APPROVAL_QUEUE_PAGE_SIZE);
  });

  it("counts only what still waits for this approver", async () => {
    const { id, hash } = submitted[0]!;
    const actor = { id: approverId, email: "approver@queue.test", roles: ["approver"] };
    await decideLink({ db: handle.db, id, actor, decision: "reject", planHash: hash });
    const queue = await listPendingApprovals({ db: handle.db, approverId });
    expect(queue.total).toBe(LINKS - 1);
    expect(queue.pending.map((link) => link.id)).not.toContain(id);
  });
});
