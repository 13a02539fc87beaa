import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SANDBOX_URL } from "../playwright.config";
import { DEMO, signIn } from "./fixtures/sign-in";
import {
  choose,
  expectSaved,
  expectStep,
  field,
  next,
  pickSite,
  screenshot,
  shownPlan,
  type ShownStep,
} from "./fixtures/wizard";
import {
  ALIBABA_RECOMMENDED_IKE,
  ALIBABA_RECOMMENDED_IPSEC,
  TENCENT_RECOMMENDED,
} from "../test/kit";

/**
 * The new-link wizard on the simulator, as a requester: every kind on every provider that has
 * it, pickers fed by the simulator, drafts saved, and the plan on review checked call by call,
 * parameter by parameter, against what the design must compile to.
 */

const MASK = "••••••";
const ref = (step: string, output = "id") => ({ $ref: step, output });
async function startWizard(page: Page, kindTitle: RegExp, name: string) {
  await signIn(page, { email: DEMO.requester });
  await page.goto("/links/new");
  await choose(page.getByRole("radio", { name: kindTitle }));
  await field(page, "name").fill(name);
  await next(page);
  // Wait for the next step: a kind card's text also names the clouds ("… ↔ Alibaba Cloud").
  await expectStep(page, "Where");
}

async function saveAndOpen(page: Page, expected: ShownStep[]) {
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await page.waitForURL(/\/links\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1)!;
  const stored = await page.request.get(`${SANDBOX_URL}/api/links/${id}`);
  expect(stored.status()).toBe(200);
  const body = (await stored.json()) as {
    plan: { steps: (ShownStep & { endpointHost: string; params: unknown })[] };
  };
  // The saved link compiles to the very plan the review showed (the key stays a placeholder).
  expect(
    body.plan.steps.map((s) => ({
      id: s.id,
      action: s.action,
      endpoint: s.endpointHost,
      dependsOn: s.dependsOn,
    })),
  ).toEqual(
    expected.map(({ id, action, endpoint, dependsOn }) => ({ id, action, endpoint, dependsOn })),
  );
  return { id, body };
}

function expectPlan(actual: ShownStep[], expected: ShownStep[]) {
  expect(actual.map((s) => s.id)).toEqual(expected.map((s) => s.id));
  expected.forEach((step, index) => expect(actual[index], step.id).toEqual(step));
}

test("cloud ↔ on-premises on Tencent Cloud: every step, a reload mid-way, the exact plan", async ({
  page,
}, testInfo) => {
  await startWizard(page, /Cloud ↔ on-premises/, "GZ ↔ SZ office");
  await expectStep(page, "Where");
  await pickSite(page, "tencent", "ap-guangzhou", "vpc-gzprod01");
  await expect(page.getByTestId("tencent-vpc-cidrs")).toContainText("10.10.0.0/16, 10.11.0.0/16");
  await screenshot(page, testInfo, "en-2-where");
  await next(page);

  await expectStep(page, "Gateway");
  await field(page, "site.gateway.params.VpnGatewayName").fill("gz-office-gw");
  await field(page, "site.gateway.params.InternetMaxBandwidthOut").selectOption("20");
  await field(page, "site.gateway.params.InstanceChargeType").selectOption("PREPAID");
  await field(page, "site.gateway.params.InstanceChargePrepaid.Period").selectOption("12");
  await field(page, "site.gateway.params.InstanceChargePrepaid.RenewFlag").selectOption(
    "NOTIFY_AND_MANUAL_RENEW",
  );
  await screenshot(page, testInfo, "en-3-gateway");
  await expectSaved(page);

  // Reload mid-wizard: the same step, every value still there.
  await page.reload();
  await expectStep(page, "Gateway");
  await expect(field(page, "site.gateway.params.VpnGatewayName")).toHaveValue("gz-office-gw");
  await expect(field(page, "site.gateway.params.InstanceChargePrepaid.Period")).toHaveValue("12");
  await expect(field(page, "site.gateway.params.InternetMaxBandwidthOut")).toHaveValue("20");
  await next(page);

  await expectStep(page, "Peer");
  await field(page, "site.peer.params.CustomerGatewayName").fill("sz-office");
  await field(page, "site.peer.params.IpAddress").fill("203.0.113.20");
  await screenshot(page, testInfo, "en-4-peer");
  await next(page);

  await expectStep(page, "Tunnel");
  await field(page, "site.tunnel.params.VpnConnectionName").fill("gz-sz");
  await page.locator("#psk-input").fill("Sz0ffice!Key");
  await page.getByLabel("Local CIDR of row 1").fill("10.10.1.0/24");
  const remotes = page.getByTestId("spd-remotes-0");
  await remotes.getByRole("textbox").first().fill("192.168.10.0/24");
  await remotes.getByRole("button", { name: "Add a CIDR" }).click();
  await remotes.getByRole("textbox").nth(1).fill("192.168.11.0/24");
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.getByLabel("Local CIDR of row 2").fill("10.11.2.0/24");
  await page.getByTestId("spd-remotes-1").getByRole("textbox").first().fill("192.168.20.0/24");
  await screenshot(page, testInfo, "en-5-tunnel");
  await next(page);

  await expectStep(page, "Review");
  await expect(page.getByTestId("topology-tunnel")).toContainText(
    "10.10.1.0/24 → 192.168.10.0/24, 192.168.11.0/24",
  );
  await expect(page.getByTestId("billing-summary")).toContainText("prepaid for 12 months");
  await expect(page.getByTestId("billing-summary")).toContainText("manual renewal");
  const endpoint = "vpc.ap-guangzhou.tencentcloudapi.com";
  const expected: ShownStep[] = [
    {
      id: "tencent-gateway",
      action: "CreateVpnGateway",
      endpoint,
      dependsOn: [],
      params: {
        VpcId: "vpc-gzprod01",
        VpnGatewayName: "gz-office-gw",
        InternetMaxBandwidthOut: 20,
        InstanceChargeType: "PREPAID",
        InstanceChargePrepaid: { Period: 12, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" },
        Type: "IPSEC",
      },
    },
    {
      id: "tencent-customer-gateway",
      action: "CreateCustomerGateway",
      endpoint,
      dependsOn: [],
      params: { CustomerGatewayName: "sz-office", IpAddress: "203.0.113.20" },
    },
    {
      id: "tencent-tunnel",
      action: "CreateVpnConnection",
      endpoint,
      dependsOn: ["tencent-gateway", "tencent-customer-gateway"],
      params: {
        VpcId: "vpc-gzprod01",
        VpnGatewayId: ref("tencent-gateway"),
        CustomerGatewayId: ref("tencent-customer-gateway"),
        PreShareKey: MASK,
        VpnConnectionName: "gz-sz",
        RouteType: "Policy",
        SecurityPolicyDatabases: [
          {
            LocalCidrBlock: "10.10.1.0/24",
            RemoteCidrBlock: ["192.168.10.0/24", "192.168.11.0/24"],
          },
          { LocalCidrBlock: "10.11.2.0/24", RemoteCidrBlock: ["192.168.20.0/24"] },
        ],
        ...TENCENT_RECOMMENDED,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await screenshot(page, testInfo, "en-6-review");
  expect(await page.content()).not.toContain("Sz0ffice!Key");

  const { body } = await saveAndOpen(page, expected);
  expect(JSON.stringify(body)).not.toContain("Sz0ffice!Key");
  await expect(page.getByTestId("plan-steps").locator("li")).toHaveCount(3);
  // The link page shows the same topology, read-only.
  await expect(page.getByTestId("topology-tunnel")).toContainText("10.10.1.0/24 → 192.168.10.0/24");
  expect(await page.content()).not.toContain("Sz0ffice!Key");
});

test("cloud ↔ on-premises on Alibaba Cloud, in Chinese: every step and the exact plan", async ({
  page,
  context,
}, testInfo) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: SANDBOX_URL }]);
  await signIn(page, { email: DEMO.requester });
  await page.goto("/links/new");
  await screenshot(page, testInfo, "zh-1-kind-empty");
  await choose(page.getByRole("radio", { name: /云 ↔ 本地/ }));
  await field(page, "name").fill("杭州 ↔ 北京机房");
  await screenshot(page, testInfo, "zh-1-kind");
  await next(page);

  await expectStep(page, "位置");
  await choose(page.getByRole("radio", { name: "阿里云", exact: true }));
  await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
  // Region names as Alibaba gives them in the reader's language.
  await expect(
    page.getByTestId("alibaba-region").locator('option[value="cn-hangzhou"]'),
  ).toHaveText("cn-hangzhou · 华东1（杭州）");
  await page.getByTestId("alibaba-vswitch").selectOption("vsw-hzprod0001");
  await screenshot(page, testInfo, "zh-2-where");
  await next(page);

  await expectStep(page, "网关");
  await field(page, "site.gateway.params.Name").fill("hz-office-gw");
  await field(page, "site.gateway.params.InstanceChargeType").selectOption("PREPAY");
  await field(page, "site.gateway.params.Period").selectOption("3");
  await expect(page.getByText(/自动付费已关闭/)).toBeVisible();
  await screenshot(page, testInfo, "zh-3-gateway");
  await next(page);

  await expectStep(page, "对端");
  await field(page, "site.peer.params.Name").fill("bj-dc");
  await field(page, "site.peer.params.IpAddress").fill("198.51.100.77");
  await screenshot(page, testInfo, "zh-4-peer");
  await next(page);

  await expectStep(page, "隧道");
  await field(page, "site.tunnel.params.Name").fill("hz-bj");
  await page.getByRole("button", { name: "生成" }).click();
  await expect(page.locator("#psk-input")).toHaveValue(/^.{32}$/);
  await page.getByTestId("local-subnets").getByRole("textbox").first().fill("192.168.1.0/24");
  // Pasting two blocks into one box adds both.
  await page
    .getByTestId("remote-subnets")
    .getByRole("textbox")
    .first()
    .fill("172.31.0.0/16, 172.30.0.0/16");
  await expect(page.getByTestId("remote-subnets").getByRole("textbox")).toHaveCount(2);
  await screenshot(page, testInfo, "zh-5-tunnel");
  await next(page);

  await expectStep(page, "确认");
  await expect(page.getByTestId("billing-summary")).toContainText("预付费 3 个月");
  await expect(page.getByTestId("billing-summary")).toContainText("自动付费关闭");
  const endpoint = "vpc.aliyuncs.com";
  const expected: ShownStep[] = [
    {
      id: "alibaba-gateway",
      action: "CreateVpnGateway",
      endpoint,
      dependsOn: [],
      params: {
        RegionId: "cn-hangzhou",
        VpcId: "vpc-hzprod0001",
        VSwitchId: "vsw-hzprod0001",
        Name: "hz-office-gw",
        Bandwidth: 10,
        InstanceChargeType: "PREPAY",
        Period: 3,
        AutoPay: false,
        EnableIpsec: true,
        EnableSsl: false,
      },
    },
    {
      id: "alibaba-customer-gateway",
      action: "CreateCustomerGateway",
      endpoint,
      dependsOn: [],
      params: { RegionId: "cn-hangzhou", Name: "bj-dc", IpAddress: "198.51.100.77" },
    },
    {
      id: "alibaba-tunnel",
      action: "CreateVpnConnection",
      endpoint,
      dependsOn: ["alibaba-gateway", "alibaba-customer-gateway"],
      params: {
        RegionId: "cn-hangzhou",
        VpnGatewayId: ref("alibaba-gateway"),
        CustomerGatewayId: ref("alibaba-customer-gateway"),
        Name: "hz-bj",
        LocalSubnet: "192.168.1.0/24",
        RemoteSubnet: "172.31.0.0/16,172.30.0.0/16",
        EffectImmediately: true,
        IkeConfig: { ...ALIBABA_RECOMMENDED_IKE, Psk: MASK },
        IpsecConfig: ALIBABA_RECOMMENDED_IPSEC,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await screenshot(page, testInfo, "zh-6-review");
  await saveAndOpen(page, expected);
});

test("gateway only on Tencent Cloud in a finance region: the finance API host", async ({
  page,
}) => {
  await startWizard(page, /VPN gateway only/, "FSI payments gateway");
  await pickSite(page, "tencent", "ap-shanghai-fsi", "vpc-fsipay01");
  await expect(page.getByTestId("tencent-region")).toContainText("finance cloud");
  await next(page);
  await field(page, "site.gateway.params.VpnGatewayName").fill("fsi-gw");
  await field(page, "site.gateway.params.InternetMaxBandwidthOut").selectOption("50");
  await page.getByTestId("tencent-gateway-tags").getByRole("button", { name: "Add a tag" }).click();
  await field(page, "site.gateway.params.Tags.0.Key").fill("cost-centre");
  await field(page, "site.gateway.params.Tags.0.Value").fill("payments");
  await next(page);
  await expectStep(page, "Review");
  await expect(page.getByTestId("billing-summary")).toContainText("billed by use");
  const expected: ShownStep[] = [
    {
      id: "tencent-gateway",
      action: "CreateVpnGateway",
      endpoint: "vpc.ap-shanghai-fsi.tencentcloudapi.com",
      dependsOn: [],
      params: {
        VpcId: "vpc-fsipay01",
        VpnGatewayName: "fsi-gw",
        InternetMaxBandwidthOut: 50,
        InstanceChargeType: "POSTPAID_BY_HOUR",
        Type: "IPSEC",
        Tags: [{ Key: "cost-centre", Value: "payments" }],
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  const { id } = await saveAndOpen(page, expected);

  // Edit goes back into the wizard and saves into the same link.
  await page.getByRole("button", { name: "Edit in the wizard" }).click();
  await expectStep(page, "Review");
  await page.getByRole("button", { name: "1. What" }).click();
  await field(page, "name").fill("FSI payments gateway (renamed)");
  // Each step shown before the next click: a click during a step change would be lost.
  for (const step of ["Where", "Gateway", "Review"]) {
    await next(page);
    await expectStep(page, step);
  }
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`**/links/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "FSI payments gateway (renamed)",
  );
});

test("cloud ↔ on-premises on Alibaba Cloud with two tunnels, a second vSwitch and tags", async ({
  page,
}, testInfo) => {
  await startWizard(page, /Cloud ↔ on-premises/, "HZ dual ↔ SH DC");
  await choose(page.getByRole("radio", { name: "Alibaba Cloud", exact: true }));
  await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
  // Region names in English for the English reader (Alibaba answers Chinese unless asked).
  await expect(
    page.getByTestId("alibaba-region").locator('option[value="cn-hangzhou"]'),
  ).toHaveText("cn-hangzhou · China (Hangzhou)");
  await page.getByTestId("alibaba-vswitch").selectOption("vsw-hzprod0001");
  // The second vSwitch offers only the other ones.
  await expect(page.getByTestId("alibaba-dr-vswitch").locator("option")).toHaveText([
    "None",
    "vsw-hzprod0002",
  ]);
  await page.getByTestId("alibaba-dr-vswitch").selectOption("vsw-hzprod0002");
  await next(page);
  await field(page, "site.gateway.params.Name").fill("hz-dual-gw");
  await next(page);
  await field(page, "site.peer.params.Name").fill("sh-dc");
  await field(page, "site.peer.params.IpAddress").fill("198.51.100.88");
  await page.getByTestId("alibaba-peer-tags").getByRole("button", { name: "Add a tag" }).click();
  await field(page, "site.peer.params.Tags.0.Key").fill("site");
  await field(page, "site.peer.params.Tags.0.Value").fill("shanghai-dc");
  await next(page);

  await field(page, "site.tunnel.params.Name").fill("hz-sh");
  await page.locator("#psk-input").fill("Sh-DC#2026-dual");
  await page.getByTestId("local-subnets").getByRole("textbox").first().fill("192.168.1.0/24");
  await page.getByTestId("remote-subnets").getByRole("textbox").first().fill("10.80.0.0/16");
  await choose(page.getByRole("radio", { name: "Two tunnels (master and standby)" }));
  await expect(page.getByTestId("alibaba-tunnel-master")).toBeVisible();
  // The standby tunnel ends at another, existing customer gateway; the master at the link's own.
  const standbyPeer = page.getByTestId("alibaba-tunnel-slave-peer");
  await expect(standbyPeer.locator('option[value="cgw-hzseed0001"]')).toBeAttached();
  await standbyPeer.selectOption("cgw-hzseed0001");
  await field(
    page,
    "site.tunnel.params.TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecAuthAlg",
  ).selectOption("md5");
  // A weak standby suite is judged at the standby tunnel's own field.
  await expect(
    page.locator(
      '[data-path="site.tunnel.params.TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecAuthAlg"] [data-finding="integrityForbidden"]',
    ),
  ).toBeVisible();
  await page.getByTestId("alibaba-tunnel-slave").getByTestId("use-recommended").click();
  await expect(page.locator('[data-finding="integrityForbidden"]')).toHaveCount(0);
  await page.getByTestId("alibaba-tunnel-tags").getByRole("button", { name: "Add a tag" }).click();
  await field(page, "site.tunnel.params.Tags.0.Key").fill("owner");
  await field(page, "site.tunnel.params.Tags.0.Value").fill("netops");
  await screenshot(page, testInfo, "en-5-tunnel-dual");
  await next(page);

  // The topology shows each tunnel's peer and crypto.
  await expect(page.getByTestId("topology-tunnel")).toContainText(
    "master: ikev2 aes256/sha256/g14 · esp aes256/sha256/pfs g14",
  );
  await expect(page.getByTestId("topology-tunnel")).toContainText("slave → cgw-hzseed0001: ikev2");
  const endpoint = "vpc.aliyuncs.com";
  const tunnel = (role: "master" | "slave", peer: unknown) => ({
    Role: role,
    CustomerGatewayId: peer,
    TunnelIkeConfig: { ...ALIBABA_RECOMMENDED_IKE, Psk: MASK },
    TunnelIpsecConfig: ALIBABA_RECOMMENDED_IPSEC,
  });
  const expected: ShownStep[] = [
    {
      id: "alibaba-gateway",
      action: "CreateVpnGateway",
      endpoint,
      dependsOn: [],
      params: {
        RegionId: "cn-hangzhou",
        VpcId: "vpc-hzprod0001",
        VSwitchId: "vsw-hzprod0001",
        DisasterRecoveryVSwitchId: "vsw-hzprod0002",
        Name: "hz-dual-gw",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY",
        AutoPay: false,
        EnableIpsec: true,
        EnableSsl: false,
      },
    },
    {
      id: "alibaba-customer-gateway",
      action: "CreateCustomerGateway",
      endpoint,
      dependsOn: [],
      params: {
        RegionId: "cn-hangzhou",
        Name: "sh-dc",
        IpAddress: "198.51.100.88",
        Tags: [{ Key: "site", Value: "shanghai-dc" }],
      },
    },
    {
      id: "alibaba-tunnel",
      action: "CreateVpnConnection",
      endpoint,
      dependsOn: ["alibaba-gateway", "alibaba-customer-gateway"],
      params: {
        RegionId: "cn-hangzhou",
        VpnGatewayId: ref("alibaba-gateway"),
        Name: "hz-sh",
        LocalSubnet: "192.168.1.0/24",
        RemoteSubnet: "10.80.0.0/16",
        EffectImmediately: true,
        Tags: [{ Key: "owner", Value: "netops" }],
        TunnelOptionsSpecification: [
          tunnel("master", ref("alibaba-customer-gateway")),
          tunnel("slave", "cgw-hzseed0001"),
        ],
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await saveAndOpen(page, expected);
});

test("gateway only on Alibaba Cloud with SSL-VPN", async ({ page }) => {
  await startWizard(page, /VPN gateway only/, "Shanghai gateway");
  await choose(page.getByRole("radio", { name: "Alibaba Cloud", exact: true }));
  // The first save puts the new draft in the address; that must not reset the form.
  await expect(page).toHaveURL(/draft=/);
  await expectSaved(page);
  await expect(page.getByRole("radio", { name: "Alibaba Cloud", exact: true })).toBeChecked();
  await pickSite(page, "alibaba", "cn-shanghai", "vpc-shcore0001");
  await next(page);
  await field(page, "site.gateway.params.Name").fill("sh-gw");
  await field(page, "site.gateway.params.Bandwidth").selectOption("20");
  await field(page, "site.gateway.params.EnableSsl").selectOption("true");
  await field(page, "site.gateway.params.SslConnections").selectOption("10");
  await next(page);
  const expected: ShownStep[] = [
    {
      id: "alibaba-gateway",
      action: "CreateVpnGateway",
      endpoint: "vpc.cn-shanghai.aliyuncs.com",
      dependsOn: [],
      params: {
        RegionId: "cn-shanghai",
        VpcId: "vpc-shcore0001",
        Name: "sh-gw",
        Bandwidth: 20,
        InstanceChargeType: "POSTPAY",
        AutoPay: false,
        EnableIpsec: true,
        EnableSsl: true,
        SslConnections: 10,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await saveAndOpen(page, expected);
});

test("tunnel on an existing Tencent gateway to an existing customer gateway", async ({ page }) => {
  await startWizard(page, /Tunnel on an existing gateway/, "GZ ↔ HQ");
  await pickSite(page, "tencent", "ap-guangzhou", "vpc-gzprod01");
  await next(page);
  await page.getByTestId("tencent-gateway-pick").selectOption("vpngw-gzseed01");
  await next(page);
  await choose(page.getByRole("radio", { name: "Use an existing customer gateway" }));
  await page.getByTestId("tencent-peer-pick").selectOption("cgw-gzseed01");
  await next(page);
  await field(page, "site.tunnel.params.VpnConnectionName").fill("gz-hq");
  await page.locator("#psk-input").fill("Hq-Tunnel#2026");
  await page.getByLabel("Local CIDR of row 1").fill("10.10.3.0/24");
  await page.getByTestId("spd-remotes-0").getByRole("textbox").first().fill("172.16.30.0/24");
  // A weak choice is linted as you type; one click brings back the recommended suite.
  await field(page, "site.tunnel.params.IPSECOptionsSpecification.PfsDhGroup").selectOption("NULL");
  await field(page, "site.tunnel.params.IKEOptionsSpecification.PropoEncryAlgorithm").selectOption(
    "3DES-CBC",
  );
  const findings = page.getByTestId("wizard-findings");
  await expect(findings).toContainText("forward secrecy");
  await expect(findings).toContainText("3DES");
  await page.getByTestId("use-recommended").click();
  await expect(findings).toHaveCount(0);
  await next(page);
  const expected: ShownStep[] = [
    {
      id: "tencent-tunnel",
      action: "CreateVpnConnection",
      endpoint: "vpc.ap-guangzhou.tencentcloudapi.com",
      dependsOn: [],
      params: {
        VpcId: "vpc-gzprod01",
        VpnGatewayId: "vpngw-gzseed01",
        CustomerGatewayId: "cgw-gzseed01",
        PreShareKey: MASK,
        VpnConnectionName: "gz-hq",
        RouteType: "Policy",
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.10.3.0/24", RemoteCidrBlock: ["172.16.30.0/24"] },
        ],
        ...TENCENT_RECOMMENDED,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await expect(page.getByTestId("billing-summary")).toContainText("Nothing new is billed");
  await saveAndOpen(page, expected);
});

test("tunnel on an existing Alibaba gateway to an existing customer gateway", async ({ page }) => {
  await startWizard(page, /Tunnel on an existing gateway/, "HZ ↔ BJ");
  await choose(page.getByRole("radio", { name: "Alibaba Cloud", exact: true }));
  await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
  await next(page);
  await page.getByTestId("alibaba-gateway-pick").selectOption("vpn-hzseed0001");
  await next(page);
  await choose(page.getByRole("radio", { name: "Use an existing customer gateway" }));
  await page.getByTestId("alibaba-peer-pick").selectOption("cgw-hzseed0001");
  await next(page);
  await field(page, "site.tunnel.params.Name").fill("hz-bj-dc");
  await page.locator("#psk-input").fill("Bj-DC#2026");
  await page.getByTestId("local-subnets").getByRole("textbox").first().fill("192.168.0.0/24");
  await page.getByTestId("remote-subnets").getByRole("textbox").first().fill("172.31.0.0/16");
  await next(page);
  const expected: ShownStep[] = [
    {
      id: "alibaba-tunnel",
      action: "CreateVpnConnection",
      endpoint: "vpc.aliyuncs.com",
      dependsOn: [],
      params: {
        RegionId: "cn-hangzhou",
        VpnGatewayId: "vpn-hzseed0001",
        CustomerGatewayId: "cgw-hzseed0001",
        Name: "hz-bj-dc",
        LocalSubnet: "192.168.0.0/24",
        RemoteSubnet: "172.31.0.0/16",
        EffectImmediately: true,
        IkeConfig: { ...ALIBABA_RECOMMENDED_IKE, Psk: MASK },
        IpsecConfig: ALIBABA_RECOMMENDED_IPSEC,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await saveAndOpen(page, expected);
});

test("cloud ↔ cloud: both clouds, each gateway the other's peer", async ({ page }) => {
  await startWizard(page, /Cloud ↔ cloud/, "Guangzhou ↔ Hangzhou");
  await pickSite(page, "tencent", "ap-guangzhou", "vpc-gzprod01");
  await pickSite(page, "alibaba", "cn-hangzhou", "vpc-hzprod0001");
  await next(page);
  await field(page, "tencent.gateway.params.VpnGatewayName").fill("gz-to-hz");
  await field(page, "tencent.gateway.params.InternetMaxBandwidthOut").selectOption("50");
  await field(page, "alibaba.gateway.params.Name").fill("hz-to-gz");
  await field(page, "alibaba.gateway.params.Bandwidth").selectOption("50");
  await next(page);
  await field(page, "tunnel.name").fill("gz-hz");
  await page.locator("#psk-input").fill("Cl0ud2Cl0ud!");
  await page.getByTestId("tencent-cidrs").getByRole("textbox").first().fill("10.10.0.0/16");
  await page.getByTestId("alibaba-cidrs").getByRole("textbox").first().fill("192.168.0.0/16");
  await next(page);
  await expectStep(page, "Review");
  const tencentHost = "vpc.ap-guangzhou.tencentcloudapi.com";
  const alibabaHost = "vpc.aliyuncs.com";
  const expected: ShownStep[] = [
    {
      id: "tencent-gateway",
      action: "CreateVpnGateway",
      endpoint: tencentHost,
      dependsOn: [],
      params: {
        VpcId: "vpc-gzprod01",
        VpnGatewayName: "gz-to-hz",
        InternetMaxBandwidthOut: 50,
        InstanceChargeType: "POSTPAID_BY_HOUR",
        Type: "IPSEC",
      },
    },
    {
      id: "alibaba-gateway",
      action: "CreateVpnGateway",
      endpoint: alibabaHost,
      dependsOn: [],
      params: {
        RegionId: "cn-hangzhou",
        VpcId: "vpc-hzprod0001",
        Name: "hz-to-gz",
        Bandwidth: 50,
        InstanceChargeType: "POSTPAY",
        AutoPay: false,
        EnableIpsec: true,
        EnableSsl: false,
      },
    },
    {
      id: "tencent-customer-gateway",
      action: "CreateCustomerGateway",
      endpoint: tencentHost,
      dependsOn: ["alibaba-gateway"],
      params: {
        CustomerGatewayName: "gz-hz-alibaba",
        IpAddress: ref("alibaba-gateway", "publicIp"),
      },
    },
    {
      id: "alibaba-customer-gateway",
      action: "CreateCustomerGateway",
      endpoint: alibabaHost,
      dependsOn: ["tencent-gateway"],
      params: {
        RegionId: "cn-hangzhou",
        Name: "gz-hz-tencent",
        IpAddress: ref("tencent-gateway", "publicIp"),
      },
    },
    {
      id: "tencent-tunnel",
      action: "CreateVpnConnection",
      endpoint: tencentHost,
      dependsOn: ["tencent-gateway", "tencent-customer-gateway"],
      params: {
        VpcId: "vpc-gzprod01",
        VpnGatewayId: ref("tencent-gateway"),
        CustomerGatewayId: ref("tencent-customer-gateway"),
        VpnConnectionName: "gz-hz",
        PreShareKey: MASK,
        RouteType: "Policy",
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.10.0.0/16", RemoteCidrBlock: ["192.168.0.0/16"] },
        ],
        ...TENCENT_RECOMMENDED,
      },
    },
    {
      id: "alibaba-tunnel",
      action: "CreateVpnConnection",
      endpoint: alibabaHost,
      dependsOn: ["alibaba-gateway", "alibaba-customer-gateway"],
      params: {
        RegionId: "cn-hangzhou",
        VpnGatewayId: ref("alibaba-gateway"),
        CustomerGatewayId: ref("alibaba-customer-gateway"),
        Name: "gz-hz",
        LocalSubnet: "192.168.0.0/16",
        RemoteSubnet: "10.10.0.0/16",
        EffectImmediately: true,
        IkeConfig: { ...ALIBABA_RECOMMENDED_IKE, Psk: MASK },
        IpsecConfig: ALIBABA_RECOMMENDED_IPSEC,
      },
    },
  ];
  expectPlan(await shownPlan(page), expected);
  await expect(page.getByTestId("topology")).toContainText("vpc-hzprod0001");
  await saveAndOpen(page, expected);
});
