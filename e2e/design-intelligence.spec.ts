import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { APIRequestContext, Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { PSK_PLACEHOLDER } from "../lib/design/peer-config/types";
import { CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import { DEMO, signIn } from "./fixtures/sign-in";
import { variant } from "../test/kit";

const PSK = "Sz0ffice!Key";

/**
 * The Tencent on-premises sample with a weak suite: IKEv1 3DES / group 2 with the IKE integrity
 * left to Tencent's default (SHA-1), ESP with MD5 (blocks submit), no PFS.
 */
function weakDesign(name: string): object {
  return variant(TENCENT_ON_PREM, (d) => {
    d.name = name;
    d.site.tunnel.params.IKEOptionsSpecification = {
      IKEVersion: "IKEV1",
      PropoEncryAlgorithm: "3DES-CBC",
      DhGroupName: "GROUP2",
    };
    d.site.tunnel.params.IPSECOptionsSpecification = {
      EncryptAlgorithm: "AES-CBC-128",
      IntegrityAlgorith: "MD5",
      PfsDhGroup: "NULL",
    };
  });
}

async function createDraft(request: APIRequestContext, design: object): Promise<string> {
  const response = await request.post(`${SANDBOX_URL}/api/links`, {
    data: design,
    headers: { origin: SANDBOX_URL },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { link: { id: string } }).link.id;
}

const textOf = async (download: Download) => readFile(await download.path(), "utf8");

const findings = (page: Page) => page.getByTestId("design-finding");

test("a weak suite shows the lint, one click fixes it, and the peer config downloads", async ({
  page,
}, testInfo) => {
  const name = `E2E weak suite ${randomUUID().slice(0, 8)}`;
  await signIn(page, { email: DEMO.requester });
  const id = await createDraft(page.request, weakDesign(name));
  await page.goto(`/links/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // The lint, in Tencent's own keywords, with a blocking finding and its citation.
  const panel = page.getByRole("region", { name: en.findings.title });
  const blocking = findings(page).and(page.locator('[data-severity="block"]'));
  await expect(blocking).toHaveCount(1);
  await expect(blocking).toContainText(en.findings.severity.block);
  await expect(blocking).toContainText(en.lint.crypto.integrityForbidden.replace("{value}", "MD5"));
  await expect(blocking.getByTestId("finding-citation")).toContainText("RFC 8247");
  await expect(blocking.getByTestId("finding-field")).toContainText(
    en.findings.fields.ipsecIntegrity,
  );
  const weak3des = findings(page).and(page.locator('[data-rule="encryptionWeak"]'));
  await expect(weak3des).toContainText(
    en.lint.crypto.encryptionWeak.replace("{value}", "3DES-CBC"),
  );
  await expect(weak3des).toContainText(en.findings.severity.warn);
  await expect(findings(page).and(page.locator('[data-rule="pfsOff"]'))).toHaveCount(1);
  await expect(findings(page).and(page.locator('[data-rule="dhWeak"]'))).toHaveCount(1);
  // The IKE integrity was left out: Tencent's default (SHA) is judged, and marked as such.
  const defaulted = findings(page).and(page.locator('[data-rule="integrityWeak"]'));
  await expect(defaulted).toContainText(
    en.lint.crypto.integrityWeak.replace("{value}", "SHA (SHA-1)"),
  );
  await expect(defaulted).toContainText(en.findings.cloudDefault);
  await expect(findings(page).and(page.locator('[data-rule="ikev1"]'))).not.toContainText(
    en.findings.cloudDefault,
  );
  const shot = testInfo.outputPath("findings-panel.png");
  await panel.screenshot({ path: shot });
  await testInfo.attach("findings panel", { path: shot, contentType: "image/png" });

  // Submitting is refused: the fields to fix by their labels, each a link to its finding.
  const workflow = page.getByTestId("link-workflow");
  await workflow.getByRole("button", { name: en.approvals.panel.submit }).click();
  const refusal = workflow.getByRole("list", { name: en.findings.refusedFields });
  const integrityLink = refusal.getByRole("link", { name: en.findings.fields.ipsecIntegrity });
  await expect(integrityLink).toBeVisible();
  await expect(refusal).toContainText("IntegrityAlgorith");
  await expect(workflow).not.toContainText("IPSECOptionsSpecification");
  const refusalShot = testInfo.outputPath("refused-submit.png");
  await workflow.screenshot({ path: refusalShot });
  await testInfo.attach("refused submit", { path: refusalShot, contentType: "image/png" });
  await integrityLink.click();
  await expect(page).toHaveURL(/#field-site-tunnel-params-IPSECOptionsSpecification-/);
  await expect(blocking).toHaveAttribute("id", /^field-/);

  // One click: the strongest suite both ends support; the findings and the refusal are gone.
  await panel.getByRole("button", { name: en.findings.fix }).click();
  await expect(page.getByTestId("design-findings-empty")).toHaveText(en.findings.empty);
  await expect(refusal).toHaveCount(0);
  await expect(workflow.getByRole("alert")).toHaveCount(0);
  await expect(findings(page)).toHaveCount(0);
  await expect(panel.getByRole("button", { name: en.findings.fix })).toHaveCount(0);

  // The peer config: designed proposals, the key only as a placeholder.
  const peer = page.getByTestId("peer-config");
  await expect(peer).toContainText("203.0.113.20");
  const [plain] = await Promise.all([
    page.waitForEvent("download"),
    peer.getByRole("link", { name: en.peerConfig.download }).click(),
  ]);
  expect(plain.suggestedFilename()).toBe("gz-sz-office.swanctl.conf");
  const conf = await textOf(plain);
  expect(conf).toContain("proposals = aes256-sha256-modp2048");
  expect(conf).toContain("esp_proposals = aes256-sha256-modp2048");
  expect(conf).toContain("version = 2");
  expect(conf).toContain(PSK_PLACEHOLDER);
  expect(conf).not.toContain(PSK);

  // With the key: only after confirming, and audited. The fix kept the stored key.
  await peer.getByRole("button", { name: en.peerConfig.withPsk }).click();
  const confirm = page.getByRole("alertdialog", { name: en.peerConfig.withPskConfirm.title });
  await expect(confirm).toContainText(en.peerConfig.withPskConfirm.body);
  const [withKey] = await Promise.all([
    page.waitForEvent("download"),
    confirm.getByRole("button", { name: en.peerConfig.withPskConfirm.confirm }).click(),
  ]);
  expect(withKey.suggestedFilename()).toBe("gz-sz-office.swanctl.conf");
  const keyed = await textOf(withKey);
  expect(keyed).toContain(`secret = "${PSK}"`);
  expect(keyed).toContain("proposals = aes256-sha256-modp2048");
  await expect(confirm).toHaveCount(0);
  const pageShot = testInfo.outputPath("link-page.png");
  await page.screenshot({ path: pageShot, fullPage: true });
  await testInfo.attach("link page after the fix", { path: pageShot, contentType: "image/png" });

  await page.goto(`/audit?action=link.peer_config_downloaded`);
  // The audit log names a link by its name (its id is the link's address).
  const rows = page.getByTestId("audit-table").getByRole("row").filter({ hasText: name });
  // One "withPsk true" detail line and one "withPsk false" (the audit details, one dd per field).
  const withPsk = (value: string) =>
    rows.filter({
      has: page.locator('dd[data-field="withPsk"]', { hasText: new RegExp(`^${value}$`) }),
    });
  await expect(withPsk("true")).toHaveCount(1);
  await expect(withPsk("false")).toHaveCount(1);
  await expect(rows.first()).toContainText(en.audit.actions.link.peer_config_downloaded);
  await expect(page.locator("body")).not.toContainText(PSK);
});

test("a cloud ↔ cloud link offers the Terraform export instead of a device config", async ({
  page,
}) => {
  await signIn(page, { email: DEMO.requester });
  const id = await createDraft(page.request, {
    ...CLOUD_TO_CLOUD,
    name: `E2E cloud pair ${randomUUID().slice(0, 8)}`,
  });
  await page.goto(`/links/${id}`);
  await expect(page.getByTestId("design-findings-empty")).toBeVisible();
  await expect(page.getByTestId("peer-config")).toHaveCount(0);
  await expect(page.getByTestId("peer-config-unavailable")).toHaveText(
    en.peerConfig.noPeer.cloudToCloud,
  );
  const [tf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: en.peerConfig.terraform }).click(),
  ]);
  expect(tf.suggestedFilename()).toMatch(/^E2E-cloud-pair-[0-9a-f]{8}\.tf$/);
  const hcl = await textOf(tf);
  expect(hcl).toContain('variable "psk"');
  expect(hcl).toMatch(/pre_share_key\s+= var\.psk/);
  expect(hcl).not.toContain("Cl0ud2Cl0ud!");
});

test("a viewer sees the findings but no downloads", async ({ page, browser }) => {
  const requester = await browser.newPage();
  await signIn(requester, { email: DEMO.requester });
  const id = await createDraft(
    requester.request,
    weakDesign(`E2E viewer findings ${randomUUID().slice(0, 8)}`),
  );
  await requester.close();
  await signIn(page, { email: DEMO.viewer });
  await page.goto(`/links/${id}`);
  await expect(findings(page).first()).toBeVisible();
  await expect(page.getByRole("button", { name: en.findings.fix })).toHaveCount(0);
  await expect(page.getByTestId("peer-config")).toHaveCount(0);
  const response = await page.request.get(`/api/links/${id}/peer-config?format=swanctl`);
  expect(response.status()).toBe(403);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("a finding reads in Chinese, with its badge and field", async ({ page }) => {
    await signIn(page, { email: DEMO.requester });
    const id = await createDraft(page.request, weakDesign(`E2E 中文 ${randomUUID().slice(0, 8)}`));
    await page.goto(`/links/${id}`);
    const panel = page.getByRole("region", { name: zh.findings.title });
    const blocking = panel
      .getByTestId("design-finding")
      .and(page.locator('[data-severity="block"]'));
    await expect(blocking).toContainText(zh.findings.severity.block);
    await expect(blocking).toContainText(
      zh.lint.crypto.integrityForbidden.replace("{value}", "MD5"),
    );
    await expect(blocking.getByTestId("finding-field")).toContainText(
      `${zh.findings.providers.tencent} · ${zh.findings.fields.ipsecIntegrity}`,
    );
    await expect(panel.getByRole("button", { name: zh.findings.fix })).toBeVisible();
  });
});
