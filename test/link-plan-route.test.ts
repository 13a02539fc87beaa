import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { links } from "@/lib/db/schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { storeLegacyDesignValue } from "./legacy-design";
import { requestRoute, signedInUser, memoryDatabaseForFile } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

/**
 * GET /api/links/[id] and its Terraform export answer with the plan a link was submitted (and
 * approved) with, not one recompiled from a design that changed since.
 */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

const CHANGED = "gz-vpn-changed-after-submit";
let requester = "";
let approver = "";

beforeAll(async () => {
  ({ token: requester } = await signedInUser("requester"));
  ({ token: approver } = await signedInUser("approver"));
});

async function call(token: string, method: string, route: string, id?: string, body?: unknown) {
  return requestRoute({
    pattern: `/api/${route}`,
    method,
    params: id ? { id } : undefined,
    token,
    body,
  });
}

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe("the plan a link's API shows", () => {
  it("is the frozen plan once submitted, whatever the stored design says since", async () => {
    const created = await json(await call(requester, "POST", "links", undefined, TENCENT_ON_PREM));
    const id = (created.link as { id: string }).id;
    const draftPlan = (await json(await call(requester, "GET", "links/[id]", id))).plan;
    const submitted = await json(await call(requester, "POST", "links/[id]/submit", id));
    const { planHash } = submitted.link as { planHash: string };
    const db = await database();
    const [stored] = await db.select().from(links).where(eq(links.id, id));
    expect(stored!.plan).toEqual(draftPlan);

    await storeLegacyDesignValue(db, id, ["site", "gateway", "params", "VpnGatewayName"], CHANGED);
    const afterChange = await json(await call(requester, "GET", "links/[id]", id));
    expect(JSON.stringify((afterChange.link as { design: unknown }).design)).toContain(CHANGED);
    expect(afterChange.plan).toEqual(stored!.plan);

    const approve = await call(approver, "POST", "links/[id]/approve", id, { planHash });
    expect(approve.status).toBe(200);
    const approved = await json(await call(requester, "GET", "links/[id]", id));
    expect((approved.link as { state: string }).state).toBe("approved");
    expect(approved.plan).toEqual(stored!.plan);
    const terraform = await call(requester, "GET", "links/[id]/terraform", id);
    expect(terraform.status).toBe(200);
    const text = await terraform.text();
    expect(text).toContain("gz-vpn-02");
    expect(text).not.toContain(CHANGED);
  });
});
