import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { links } from "@/lib/db/schema";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { CreatePlan, Plan } from "@/lib/design/plan/types";
import { renderTerraform } from "@/lib/design/terraform/render";
import { AppError } from "@/lib/errors/app-error";
import { storeLegacyDesignValue } from "@/test/legacy-design";
import { DB_KINDS } from "@/test/test-database";
import { makeTestUser, type TestUser } from "@/test/test-users";
import { exportLinkTerraform } from "./link-downloads";
import { compileStoredLinkPlan, getLinkPlan } from "./link-plan";
import { decideLink, submitLink } from "./link-workflow";
import { createLinkDraft } from "./links";
import { suiteDatabase } from "@/test/kit/database";

/** The gateway's name: a design value that every plan of TENCENT_ON_PREM carries. */
const GATEWAY_NAME = ["site", "gateway", "params", "VpnGatewayName"];
const CHANGED = "gz-vpn-changed-after-submit";

describe.each(DB_KINDS)("the plan a link shows, on %s", (kind) => {
  const handle = suiteDatabase(kind);
  let owner: TestUser;
  let approver: TestUser;
  beforeAll(async () => {
    owner = await makeTestUser(handle.db, "owner@plan.test");
    approver = await makeTestUser(handle.db, "approver@plan.test", ["approver"]);
  });

  const db = () => handle.db;
  const draft = async () =>
    (await createLinkDraft({ db: db(), design: linkDesignSchema.parse(TENCENT_ON_PREM), owner }))
      .id;
  const row = async (id: string) => (await db().select().from(links).where(eq(links.id, id)))[0]!;

  it("compiles a draft's plan from its design, as it stands", async () => {
    const id = await draft();
    await storeLegacyDesignValue(db(), id, GATEWAY_NAME, CHANGED);
    const plan = await getLinkPlan({ db: db(), id });
    expect(plan).toEqual(compileStoredLinkPlan({ design: (await row(id)).design }));
    expect(JSON.stringify(plan)).toContain(CHANGED);
  });

  it("shows the frozen plan once submitted, even when the stored design changes after", async () => {
    const id = await draft();
    const { planHash } = await submitLink({ db: db(), id, actor: owner });
    const frozen = (await row(id)).plan;
    expect(frozen).not.toBeNull();
    await storeLegacyDesignValue(db(), id, GATEWAY_NAME, CHANGED);
    // The design really changed: compiling it now gives another plan.
    const recompiled = compileStoredLinkPlan({ design: (await row(id)).design });
    expect(JSON.stringify(recompiled)).toContain(CHANGED);
    expect(recompiled).not.toEqual(frozen);

    expect(await getLinkPlan({ db: db(), id })).toEqual(frozen);
    expect((await exportLinkTerraform({ db: db(), id, actor: owner })).text).toBe(
      renderTerraform(frozen as CreatePlan),
    );
    await decideLink({ db: db(), id, actor: approver, decision: "approve", planHash: planHash! });
    expect((await row(id)).state).toBe("approved");
    expect(await getLinkPlan({ db: db(), id })).toEqual(frozen);
    expect((await exportLinkTerraform({ db: db(), id, actor: owner })).text).not.toContain(CHANGED);
  });

  it("shows no plan for a link past draft without a frozen one, and refuses its export", async () => {
    const id = await draft();
    await db().update(links).set({ state: "active" }).where(eq(links.id, id));
    expect(await getLinkPlan({ db: db(), id })).toBeNull();
    await expect(exportLinkTerraform({ db: db(), id, actor: owner })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("has no plan for a link that does not exist", async () => {
    expect(await getLinkPlan({ db: db(), id: "not-a-uuid" })).toBeNull();
    expect(await getLinkPlan({ db: db(), id: crypto.randomUUID() })).toBeNull();
  });

  it("refuses to export a plan of deletes as Terraform, with a conflict (409), not a crash", async () => {
    const id = await draft();
    await submitLink({ db: db(), id, actor: owner });
    const deletes: Plan = {
      version: 1,
      steps: [
        {
          id: "delete-tencent-gateway",
          provider: "tencent",
          account: "default",
          region: "ap-guangzhou",
          endpointHost: "vpc.tencentcloudapi.com",
          action: "DeleteVpnGateway",
          params: { VpnGatewayId: "vpngw-abcdefgh" },
          dependsOn: [],
        },
      ],
    };
    await db().update(links).set({ plan: deletes }).where(eq(links.id, id));
    const refused = await exportLinkTerraform({ db: db(), id, actor: owner }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "conflict", message: expect.stringMatching(/deletes/) });
  });
});
