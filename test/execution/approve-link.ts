import { eq } from "drizzle-orm";
import { decryptPsk, pskDigest } from "@/lib/crypto/psk";
import { pskKey } from "@/lib/crypto/psk-key";
import { createLinkDraft } from "@/lib/data/links";
import type { Db } from "@/lib/db/connect";
import { links } from "@/lib/db/schema";
import { compileStoredLinkPlan } from "@/lib/design/link/link-plan";
import { planHash } from "@/lib/design/plan/hash";
import { linkDesignSchema, type LinkDesignInput } from "@/lib/schemas/link/design";
import { enqueueExecution } from "@/lib/execution/enqueue";

export type TestOwner = { id: string; email: string; roles: string[] };

/**
 * A link as the approval workflow leaves it after the final approval: draft created, plan frozen
 * with its hash (as at submit), state `approved`, execution queued — all in the database, through
 * the same functions the app uses.
 */
export async function createApprovedLink(options: {
  db: Db;
  design: LinkDesignInput;
  owner: TestOwner;
}): Promise<{ linkId: string; executionId: string; planHash: string }> {
  const { db, owner } = options;
  const draft = await createLinkDraft({
    db,
    design: linkDesignSchema.parse(options.design),
    owner,
  });
  const plan = compileStoredLinkPlan({ design: draft.design });
  const [row] = await db.select().from(links).where(eq(links.id, draft.id));
  const psk = row!.pskCiphertext
    ? decryptPsk({ ciphertext: row!.pskCiphertext, key: pskKey() })
    : null;
  const hash = planHash(plan, psk === null ? null : pskDigest({ psk, key: pskKey() }));
  return db.transaction(async (tx) => {
    await tx
      .update(links)
      .set({ state: "approved", plan, planHash: hash, submittedAt: new Date() })
      .where(eq(links.id, draft.id));
    const queued = await enqueueExecution(tx, { linkId: draft.id, planHash: hash, actor: owner });
    return { linkId: draft.id, executionId: queued!.executionId, planHash: hash };
  });
}
