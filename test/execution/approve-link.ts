import { eq } from "drizzle-orm";
import type { CloudClient } from "@/lib/cloud/client";
import { decideLink, submitLink } from "@/lib/data/link-workflow";
import { createLinkDraft } from "@/lib/data/links";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesignInput } from "@/lib/schemas/link/design";
import { makeTestUser } from "../test-users";

export type TestOwner = { id: string; email: string; roles: string[] };

const APPROVERS = ["approver-1@execution.test", "approver-2@execution.test"];

const made = new WeakMap<Db, Promise<TestOwner[]>>();

/** Two approvers in this database, made once (callers may run in parallel). */
function approvers(db: Db): Promise<TestOwner[]> {
  let pending = made.get(db);
  if (!pending) {
    pending = (async () => {
      const out: TestOwner[] = [];
      for (const email of APPROVERS) {
        const [found] = await db.select().from(users).where(eq(users.email, email));
        const user = found ?? (await makeTestUser(db, email, ["approver"]));
        out.push({ id: user.id, email: user.email, roles: user.roles });
      }
      return out;
    })();
    made.set(db, pending);
  }
  return pending;
}

/**
 * A link taken through the real approval workflow: draft created by `owner`, submitted (plan
 * frozen with its hash), approved by as many distinct approvers as the policy asks — the final
 * approval queues the run, exactly as in the portal.
 */
export async function createApprovedLink(options: {
  db: Db;
  design: LinkDesignInput;
  owner: TestOwner;
  /** Reads the tables a routed design adds routes to (submit's clash check); default: the server's. */
  cloud?: CloudClient;
}): Promise<{ linkId: string; executionId: string; planHash: string }> {
  const { db, owner } = options;
  const draft = await createLinkDraft({
    db,
    design: linkDesignSchema.parse(options.design),
    owner,
  });
  const submitted = await submitLink({ db, id: draft.id, actor: owner, cloud: options.cloud });
  let result = submitted;
  for (const approver of await approvers(db)) {
    if (result.state !== "submitted") break;
    result = await decideLink({
      db,
      id: draft.id,
      actor: approver,
      decision: "approve",
      planHash: submitted.planHash!,
    });
  }
  if (result.state !== "approved" || !result.executionId) {
    throw new Error(`the link did not reach approved (state ${result.state})`);
  }
  return { linkId: draft.id, executionId: result.executionId, planHash: submitted.planHash! };
}
