import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import { DEMO, signIn } from "./fixtures/sign-in";
import { cleanValues } from "../lib/design/wizard/form-values";
import {
  choose,
  expectSaved,
  expectStep,
  field,
  fieldError,
  next,
  pickSite,
} from "./fixtures/wizard";

/**
 * Every invalid input a requester can type shows a specific message at its field, in English and
 * in Chinese; the same design sent straight to POST /api/links gets a 422 with the same error at
 * the same field (the wizard autosaves what was typed, which is exactly what is sent).
 */

type Lang = "en" | "zh-CN";
const PSK = "Valid-Key-1";

async function open(page: Page, lang: Lang, kind: RegExp, provider?: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: SANDBOX_URL }]);
  await signIn(page, { email: DEMO.requester });
  await page.goto("/links/new");
  await choose(page.getByRole("radio", { name: kind }));
  await field(page, "name").fill("Validation");
  await next(page);
  // Wait for the next step: a kind card's text also names the clouds ("… ↔ Alibaba Cloud").
  await expectStep(page, lang === "en" ? "Where" : "位置");
  if (provider) await choose(page.getByRole("radio", { name: provider, exact: true }));
}

/** Picks the site's region and VPC, then goes on to the next step. */
async function pick(page: Page, provider: "tencent" | "alibaba", region: string, vpc: string) {
  await pickSite(page, provider, region, vpc);
  await next(page);
}

/** What POST /api/links answers for the design as the wizard saved it. */
async function apiIssue(page: Page, path: string): Promise<string | undefined> {
  await expectSaved(page);
  const draftId = new URL(page.url()).searchParams.get("draft");
  const saved = await page.request.get(`${SANDBOX_URL}/api/wizard-drafts/${draftId}`);
  const { draft } = (await saved.json()) as { draft: { data: Record<string, unknown> } };
  // What the wizard sends on saving: the form without its blank boxes, with the key typed.
  const design = cleanValues(draft.data) as Record<string, { tunnel?: Record<string, unknown> }>;
  if (design.site?.tunnel) design.site.tunnel.psk = PSK;
  const response = await page.request.post(`${SANDBOX_URL}/api/links`, {
    data: design,
    headers: { origin: SANDBOX_URL },
  });
  expect(response.status()).toBe(422);
  const body = (await response.json()) as {
    error: { issues: { path: string; message: string }[] };
  };
  return body.error.issues.find((issue) => issue.path === path)?.message;
}

/**
 * Types a bad value, expects the message at the field, and the API's sentence: the same one, or
 * (`api`) the one that names the field by its API name where the form names it by its label.
 */
async function expectInvalid(
  page: Page,
  lang: Lang,
  path: string,
  shown: { en: string; zh: RegExp; api?: string },
  apiPath = path,
) {
  const error = fieldError(page, path);
  if (lang === "en") await expect(error).toHaveText(shown.en);
  else await expect(error).toHaveText(shown.zh);
  // Polled: the autosave may still be on its way with the last keystrokes.
  await expect.poll(() => apiIssue(page, apiPath), { timeout: 10_000 }).toBe(shown.api ?? shown.en);
}

/** A "VPN gateway only" design on a named account, its name and bandwidth chosen, sent on. */
async function newGatewayOnAccount(
  page: Page,
  lang: Lang,
  account: string,
  gateway: {
    where: ["tencent" | "alibaba", string, string];
    name: [string, string];
    bandwidth: [string, string];
  },
) {
  const [provider, region, vpc] = gateway.where;
  const cloud = { tencent: ["Tencent Cloud", "腾讯云"], alibaba: ["Alibaba Cloud", "阿里云"] }[
    provider
  ];
  const kind = lang === "en" ? /VPN gateway only/ : /仅 VPN 网关/;
  await open(page, lang, kind, lang === "en" ? cloud[0] : cloud[1]);
  await page.getByTestId(`${provider}-account`).selectOption(account);
  await pick(page, provider, region, vpc);
  await field(page, gateway.name[0]).fill(gateway.name[1]);
  await field(page, gateway.bandwidth[0]).selectOption(gateway.bandwidth[1]);
  await next(page);
}

for (const lang of ["en", "zh-CN"] as const) {
  test(`Tencent design errors at their fields (${lang})`, async ({ page }) => {
    await open(page, lang, lang === "en" ? /Cloud ↔ on-premises/ : /云 ↔ 本地/);
    await pick(page, "tencent", "ap-guangzhou", "vpc-gzprod01");

    const name = "site.gateway.params.VpnGatewayName";
    await field(page, name).fill("广州办公室网关广州办公室网关广州办公室网关"); // 21 × 3 = 63 bytes
    await next(page);
    await expectInvalid(page, lang, name, {
      en: "Gateway name must be at most 60 bytes (a Chinese character counts as 3)",
      zh: /^网关名称 最多 60 个字节/,
      api: "VpnGatewayName must be at most 60 bytes (a Chinese character counts as 3)",
    });
    await field(page, name).fill("gz-gw");
    await next(page);

    const ip = "site.peer.params.IpAddress";
    await field(page, "site.peer.params.CustomerGatewayName").fill("office");
    await field(page, ip).fill("10.1.2.3");
    await expectInvalid(page, lang, ip, {
      en: "Public IP address must be a public IPv4 address (this one is private)",
      zh: /^公网 IP 地址 必须是公网 IPv4 地址（该地址属于私有地址）$/,
      api: "IpAddress must be a public IPv4 address (this one is private)",
    });
    await field(page, ip).fill("203.0.113.9");
    await next(page);

    await field(page, "site.tunnel.params.VpnConnectionName").fill("x".repeat(61));
    await page.locator("#psk-input").fill(PSK);
    await expectInvalid(page, lang, "site.tunnel.params.VpnConnectionName", {
      en: "Tunnel name must be at most 60 characters",
      zh: /^隧道名称 最多 60 个字符$/,
      api: "VpnConnectionName must be at most 60 characters",
    });
    await field(page, "site.tunnel.params.VpnConnectionName").fill("gz-office");

    const local = "site.tunnel.params.SecurityPolicyDatabases.0.LocalCidrBlock";
    await page.getByTestId("spd-row-0").getByRole("textbox").first().fill("10.10.1.300/24");
    await page.getByTestId("spd-remotes-0").getByRole("textbox").first().fill("192.168.1.0/24");
    await expectInvalid(page, lang, local, {
      en: "Local CIDR must be an IPv4 CIDR block such as 10.0.0.0/16 (network address, prefix 0–32)",
      zh: /^本端网段 必须是 IPv4 CIDR 网段/,
      api: "SecurityPolicyDatabases.LocalCidrBlock must be an IPv4 CIDR block such as 10.0.0.0/16 (network address, prefix 0–32)",
    });
    await page.getByTestId("spd-row-0").getByRole("textbox").first().fill("10.10.1.0/24");

    // A remote network inside the VPC: the cloud would refuse it with VpcCidrConflict.
    const remote = "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.0";
    await page.getByTestId("spd-remotes-0").getByRole("textbox").first().fill("10.11.5.0/24");
    await expectInvalid(page, lang, remote, {
      en: "10.11.5.0/24 overlaps the VPC block 10.11.0.0/16: the cloud would refuse it (VpcCidrConflict).",
      zh: /10\.11\.5\.0\/24.*10\.11\.0\.0\/16.*VpcCidrConflict/,
    });
    await expect(
      page.getByRole("button", { name: lang === "en" ? "Next" : "下一步" }),
    ).toBeVisible();
  });

  test(`a Tencent SPD clashing with a tunnel already on the gateway (${lang})`, async ({
    page,
  }) => {
    await open(page, lang, lang === "en" ? /Tunnel on an existing gateway/ : /在已有网关上建隧道/);
    await pick(page, "tencent", "ap-shanghai-fsi", "vpc-fsipay01");
    // The picker reads the gateway's tunnels from the cloud: fsi-clearing, 10.30.1.0/24 → 172.18.0.0/16.
    await page.getByTestId("tencent-gateway-pick").selectOption("vpngw-fsiseed1");
    await next(page);
    await choose(
      page.getByRole("radio", {
        name: lang === "en" ? "Use an existing customer gateway" : "使用已有对端网关",
      }),
    );
    await page.getByTestId("tencent-peer-pick").selectOption("cgw-fsiseed1");
    await next(page);
    await field(page, "site.tunnel.params.VpnConnectionName").fill("fsi-settlement");
    await page.locator("#psk-input").fill(PSK);
    await page.getByTestId("spd-row-0").getByRole("textbox").first().fill("10.30.1.0/25");
    const remote = "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.0";
    await page.getByTestId("spd-remotes-0").getByRole("textbox").first().fill("172.18.5.0/24");
    await expectInvalid(page, lang, remote, {
      en: "10.30.1.0/25 → 172.18.5.0/24 overlaps fsi-clearing on both sides; the gateway could not tell the tunnels apart.",
      zh: /^10\.30\.1\.0\/25 → 172\.18\.5\.0\/24 与 fsi-clearing 的本端和对端网段均重叠/,
    });
    // Another remote network does not clash.
    await page.getByTestId("spd-remotes-0").getByRole("textbox").first().fill("172.19.0.0/16");
    await expect(fieldError(page, remote)).toHaveCount(0);
  });

  // The simulator's site keys back two more accounts per cloud (playwright.config: siteAccounts).
  test(`a Tencent bandwidth of the China site, on an International account (${lang})`, async ({
    page,
  }) => {
    const bandwidth = "site.gateway.params.InternetMaxBandwidthOut";
    await newGatewayOnAccount(page, lang, "international", {
      where: ["tencent", "ap-guangzhou", "vpc-gzprod01"],
      name: ["site.gateway.params.VpnGatewayName", "intl-gw"],
      bandwidth: [bandwidth, "200"],
    });
    await expectInvalid(page, lang, bandwidth, {
      en: "Bandwidth must be one of: 5, 10, 20, 50, 100 for an account on the International site",
      zh: /^国际站账号的 带宽 必须是以下值之一：5, 10, 20, 50, 100$/,
      api: "InternetMaxBandwidthOut must be one of: 5, 10, 20, 50, 100 for an account on the International site",
    });
    // The same bandwidth on the China site's account is fine.
    await page
      .getByRole("button", { name: lang === "en" ? "Back" : "上一步", exact: true })
      .click();
    await page.getByTestId("tencent-account").selectOption("china");
    await next(page);
    await expect(field(page, bandwidth)).toHaveValue("200");
    await expect(fieldError(page, bandwidth)).toHaveCount(0);
  });

  test(`an Alibaba bandwidth of the China site, on an International account (${lang})`, async ({
    page,
  }) => {
    const bandwidth = "site.gateway.params.Bandwidth";
    await newGatewayOnAccount(page, lang, "international", {
      where: ["alibaba", "cn-hangzhou", "vpc-hzprod0001"],
      name: ["site.gateway.params.Name", "intl-gw"],
      bandwidth: [bandwidth, "20"],
    });
    await expectInvalid(page, lang, bandwidth, {
      en: "Bandwidth must be one of: 10, 100, 200, 500, 1000 for an account on the International site",
      zh: /^国际站账号的 带宽 必须是以下值之一：10, 100, 200, 500, 1000$/,
    });
  });

  test(`Alibaba gateway errors at their fields (${lang})`, async ({ page }) => {
    await open(
      page,
      lang,
      lang === "en" ? /VPN gateway only/ : /仅 VPN 网关/,
      lang === "en" ? "Alibaba Cloud" : "阿里云",
    );
    await pick(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");

    const name = "site.gateway.params.Name";
    await field(page, name).fill("http://gateway");
    await next(page);
    const shownName = await fieldError(page, name).innerText();
    await expect
      .poll(() => apiIssue(page, name), { timeout: 10_000 })
      .toMatch(/^Name (must not start with http|must start with a letter)/);
    if (lang === "en") expect(await apiIssue(page, name)).toBe(shownName);
    if (lang === "zh-CN") expect(shownName).toMatch(/^名称 (不能以 http|必须以字母开头)/);
    else expect(shownName).toMatch(/^Name (must not start with http|must start with a letter)/);
    await field(page, name).fill("hz-gw");

    await field(page, "site.gateway.params.InstanceChargeType").selectOption("PREPAY");
    await next(page);
    await expectInvalid(page, lang, "site.gateway.params.Period", {
      en: "Subscription period is required when InstanceChargeType is PREPAY",
      zh: /^当 InstanceChargeType 为 PREPAY 时，购买时长 为必填项$/,
      api: "Period is required when InstanceChargeType is PREPAY",
    });
    await field(page, "site.gateway.params.Period").selectOption("6");

    await field(page, "site.gateway.params.EnableSsl").selectOption("false");
    await field(page, "site.gateway.params.SslConnections").selectOption("20");
    await expectInvalid(page, lang, "site.gateway.params.SslConnections", {
      en: "SSL connections needs EnableSsl = true",
      zh: /^SSL 连接数 需要 EnableSsl = true$/,
      api: "SslConnections needs EnableSsl = true",
    });
    await field(page, "site.gateway.params.SslConnections").selectOption("");
    await next(page);
    await expect(page.locator("#wizard-step-title")).toHaveText(lang === "en" ? "Review" : "确认");
  });
}
