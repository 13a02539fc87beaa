import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/connect";
import { discardLink } from "@/lib/data/discard-link";
import { createLinkDraft } from "@/lib/data/links";
import { decideLink, submitLink } from "@/lib/data/link-workflow";
import { createUser, findUserByEmail } from "@/lib/data/users";
import type { Role } from "@/lib/permissions/permissions";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";

/**
 * Fills a database with many links the way people would: each one created, and most of them moved
 * on, by the data layer's own functions (so every invariant holds and every step is audited).
 *
 * Of every 20 links: 8 stay drafts, 5 wait for approval, 3 are rejected, 4 are discarded. None is
 * approved: an approved link runs against the cloud as soon as a portal's worker sees it.
 */

const DESIGNS: readonly LinkDesignInput[] = [
  TENCENT_GATEWAY,
  ALIBABA_GATEWAY,
  TENCENT_ON_PREM,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
];

const OWNERS = 20;
const APPROVERS = 2;
const SEED_DOMAIN = "scale.seed.test";

export type SeedScaleOptions = {
  db: Db;
  links: number;
  /** Links in flight at once (PostgreSQL gains from a few; PGlite runs one at a time anyway). */
  concurrency?: number;
  onProgress?: (done: number) => void;
};

/** A design of the same kind as `base`, with its own name and resource ids (so searches differ). */
function designNumber(base: LinkDesignInput, n: number, tag: string) {
  const json = JSON.stringify(base)
    .replace(/"vpc-[a-z0-9]+"/g, (id) => `"${id.slice(1, 5)}${tag}${n.toString(36)}"`)
    .replace(/"vpngw-[a-z0-9]+"|"vpn-[a-z0-9]+"/g, (id) => `${id.slice(0, -1)}${n.toString(36)}"`);
  const design = JSON.parse(json) as LinkDesignInput & { name: string };
  return linkDesignSchema.parse({ ...design, name: `${base.name} ${tag}-${n}` });
}

type SeedUser = { id: string; email: string; roles: string[] };

async function seedUser(db: Db, email: string, roles: Role[]): Promise<SeedUser> {
  const found = await findUserByEmail({ db, email });
  if (found) return found;
  return createUser({ db, email, name: email.split("@")[0]!, roles, actor: null, via: "cli" });
}

/** Seeds `links` links (owned by 20 requesters, rejected by 2 approvers); returns how many. */
export async function seedScale(options: SeedScaleOptions): Promise<{ links: number }> {
  const { db } = options;
  const owners: SeedUser[] = [];
  for (let i = 1; i <= OWNERS; i++) {
    owners.push(await seedUser(db, `owner-${i}@${SEED_DOMAIN}`, ["requester", "viewer"]));
  }
  const approvers: SeedUser[] = [];
  for (let i = 1; i <= APPROVERS; i++) {
    approvers.push(await seedUser(db, `approver-${i}@${SEED_DOMAIN}`, ["approver", "viewer"]));
  }
  const tag = randomBytes(3).toString("hex");
  let next = 0;
  let done = 0;
  async function seedOne(n: number) {
    const owner = owners[n % OWNERS]!;
    const design = designNumber(DESIGNS[n % DESIGNS.length]!, n, tag);
    const link = await createLinkDraft({ db, design, owner });
    const fate = n % 20;
    if (fate < 8) return;
    const submitted = await submitLink({ db, id: link.id, actor: owner });
    if (fate < 13) return;
    await decideLink({
      db,
      id: link.id,
      actor: approvers[n % APPROVERS]!,
      decision: "reject",
      planHash: submitted.planHash!,
      comment: "Seeded rejection",
    });
    if (fate < 16) return;
    await discardLink({ db, id: link.id, actor: owner, reason: "Seeded" });
  }
  async function lane() {
    while (next < options.links) {
      await seedOne(next++);
      options.onProgress?.(++done);
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, lane));
  return { links: done };
}
