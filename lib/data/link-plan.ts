import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { resolveAlibabaEndpoint, resolveTencentEndpoint } from "@/lib/cloud/endpoints";
import { links, type LinkRow } from "@/lib/db/schema";
import { compilePlan } from "@/lib/design/plan/compile";
import type { EndpointHost } from "@/lib/design/plan/providers";
import type { Plan } from "@/lib/design/plan/types";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "@/lib/schemas/link/design";
import { blankLinkPsk, withPskStandIn, type StoredLinkDesign } from "@/lib/design/link/link-psk";
import { type LinkLookup } from "./link-action";
import { storedDesignOf } from "./stored-design";

/**
 * Each region's documented API host (finance regions included). The plan names these even when
 * an endpoint override (the simulator, a proxy) carries the traffic, so a plan and its hash do not
 * depend on where the server happens to send it.
 */
export function serverEndpointHost(): EndpointHost {
  return (provider, region) =>
    provider === "tencent"
      ? resolveTencentEndpoint({ region }).host
      : resolveAlibabaEndpoint({ region }).host;
}

/**
 * The plan of a stored design. The plan never holds the key (it is `{ $secret: "psk" }`), so a
 * placeholder stands in for it while the stored design is validated and compiled.
 */
export function compileStoredLinkPlan({ design }: { design: StoredLinkDesign }): Plan {
  return compilePlan(parseStoredDesignWithBlankKey(design), {
    endpointHost: serverEndpointHost(),
  });
}

/**
 * The plan a link shows and exports. Once submitted, it is the plan frozen then — the one
 * reviewed, approved and run, whatever its design says since; only the plan of a draft (or of a
 * draft discarded unsubmitted) is compiled from its design. Null for a link past draft without a
 * frozen plan (the workflow leaves none).
 */
export function shownLinkPlan(link: Pick<LinkRow, "state" | "design" | "plan">): Plan | null {
  if (link.plan) return link.plan;
  return link.state === "draft" || link.state === "discarded"
    ? compileStoredLinkPlan({ design: link.design })
    : null;
}

/** The plan link `id` shows (see `shownLinkPlan`); null too when there is no such link. */
export async function getLinkPlan(lookup: LinkLookup): Promise<Plan | null> {
  return (await getLinkPlanWithHash(lookup)).plan;
}

/** The plan link `id` shows and the hash of its frozen plan (null before submission), in one read. */
export async function getLinkPlanWithHash({
  db,
  id,
}: LinkLookup): Promise<{ plan: Plan | null; planHash: string | null }> {
  if (!z.uuid().safeParse(id).success) return { plan: null, planHash: null };
  const [row] = await db
    .select({
      state: links.state,
      design: links.design,
      plan: links.plan,
      planHash: links.planHash,
    })
    .from(links)
    .where(eq(links.id, id));
  return row
    ? { plan: shownLinkPlan(row), planHash: row.planHash }
    : { plan: null, planHash: null };
}

/** A stored design (no key) as a validated design, its key blanked: for pictures and checks. */
export function parseStoredDesignWithBlankKey(design: StoredLinkDesign): LinkDesign {
  return blankLinkPsk(storedDesignOf(design));
}

/** The plan of a design being edited (validated; 422 when invalid). The key may be absent. */
export function previewLinkPlan(raw: Record<string, unknown>): Plan {
  const parsed = linkDesignSchema.parse(withPskStandIn(raw, "placeholder"));
  return compilePlan(parsed, { endpointHost: serverEndpointHost() });
}
