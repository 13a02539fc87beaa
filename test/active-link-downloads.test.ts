import { parse } from "@cdktf/hcl2json";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { CLOUD_GATEWAY_IP_PLACEHOLDER } from "@/lib/design/peer-config/from-design";
import { CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { createApprovedLink } from "@/test/execution/approve-link";
import { failureStory, ledgerOf, simResources, waitForLinkState } from "@/test/execution/harness";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";
import { createRoleUser, requestRoute, sessionTokenFor } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { workerRoutesForFile } from "./kit/worker-routes";

const suite = workerRoutesForFile();
checkExchangesAgainstOpenApi();

/**
 * The downloads of a link whose resources exist, through the real routes, after a real run
 * against the simulator: the Terraform export imports each created resource by its cloud id, and
 * the device configuration carries the created gateway's public IP instead of the placeholder.
 */

let owner: PublicUser;

beforeAll(async () => {
  owner = await createRoleUser("requester");
});
// Each test's design names the same resources: the simulator starts empty for each.
beforeEach(async () => {
  await fetch(`${suite.simUrl}/_sim/reset`, { method: "POST" });
});

/** A link of `design` the executor created, with the ids its ledger recorded per step. */
async function activeLink(design: LinkDesignInput) {
  const db = await database();
  const { linkId, executionId } = await createApprovedLink({ db, design, owner });
  const state = await waitForLinkState(db, linkId, ["active", "failed"], 60_000);
  expect(state, await failureStory(db, linkId)).toBe("active");
  const ledger = await ledgerOf(db, executionId);
  return { linkId, made: new Map(ledger.map((row) => [row.stepId, row.resourceId ?? ""])) };
}

async function download(linkId: string, what: "terraform" | "peer-config", query = "") {
  const response = await requestRoute({
    pattern: `/api/links/[id]/${what}`,
    method: "GET",
    params: { id: linkId },
    query,
    token: await sessionTokenFor(owner),
  });
  expect(response.status).toBe(200);
  return response.text();
}

type Imports = { import?: { to: string; id: string }[] };

describe("downloads of an active link", () => {
  it.each<[string, LinkDesignInput]>([
    ["Tencent ↔ on-premises", TENCENT_ON_PREM],
    ["cloud ↔ cloud", CLOUD_TO_CLOUD],
  ])(
    "%s: the Terraform export imports every resource the run made, by its id in the cloud",
    async (_name, design) => {
      const { linkId, made } = await activeLink(design);
      const doc = (await parse("link.tf", await download(linkId, "terraform"))) as Imports;
      const imported = new Map((doc.import ?? []).map((b) => [b.to, b.id]));
      expect(imported.size).toBe(made.size);
      const inCloud = new Set((await simResources(suite.simUrl)).map((r) => r.id));
      for (const [stepId, id] of made) {
        const to = [...imported].find(([address]) =>
          address.endsWith(`.${stepId.replace(/-/g, "_")}}`),
        );
        expect(to?.[1], stepId).toBe(id);
        expect(inCloud.has(id), `${id} exists in the simulator`).toBe(true);
      }
    },
    90_000,
  );

  it("the device configuration has the created gateway's public IP, no placeholder", async () => {
    const { linkId, made } = await activeLink(TENCENT_ON_PREM);
    const gateway = (await simResources(suite.simUrl)).find(
      (r) => r.id === made.get("tencent-gateway"),
    );
    const publicIp = gateway?.data.PublicIpAddress;
    expect(publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const text = await download(linkId, "peer-config", "?format=swanctl");
    expect(text).toContain(`remote_addrs = ${String(publicIp)}`);
    for (const format of PEER_CONFIG_FORMATS) {
      const file = await download(linkId, "peer-config", `?format=${format}`);
      expect(file, format).toContain(String(publicIp));
      expect(file, format).not.toContain(CLOUD_GATEWAY_IP_PLACEHOLDER);
    }
  }, 90_000);
});
