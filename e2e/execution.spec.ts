import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { expectAccessibleInBothLanguages } from "./fixtures/axe";
import en from "../messages/en.json" with { type: "json" };
import { SIM_URL } from "../playwright.config";
import { CLOUD_TO_CLOUD } from "../lib/design/link/test-designs";
import { createSubmitAndApprove } from "./fixtures/approve-link";
import { variant } from "../test/kit";

/**
 * Design → submit → approve → the steps go live → resource ids and order ids, in two browser
 * contexts on the simulator; then the simulator's inspect route proves each resource exists
 * exactly once with the designed parameters, and each gateway's public IP is the other cloud's
 * customer gateway.
 */

type SimResource = {
  provider: "tencent" | "alibaba";
  type: string;
  id: string;
  name: string;
  status: string;
  data: Record<string, unknown>;
};

test("a cloud ↔ cloud link goes from design to two live clouds, each resource created once", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  const design = variant(CLOUD_TO_CLOUD, (d) => {
    d.name = `E2E c2c ${tag}`;
    d.tencent.gateway.params.VpnGatewayName = `gz-${tag}`;
    d.alibaba.gateway.params.Name = `hz-${tag}`;
    d.tunnel.name = `t-${tag}`;
  });
  const psk = (design as { tunnel: { psk: string } }).tunnel.psk;

  // The requester submits; the approver reviews and approves.
  const { id, requester } = await createSubmitAndApprove(browser, design, {
    comment: "Both VPCs checked",
  });

  // The requester watches the steps go live until the run succeeds.
  await requester.goto(`/links/${id}`);
  const execution = requester.getByTestId("execution");
  await expect(execution.getByTestId("execution-state")).toHaveAttribute(
    "data-state",
    "succeeded",
    {
      timeout: 90_000,
    },
  );
  const stepIds = [
    "tencent-gateway",
    "alibaba-gateway",
    "tencent-customer-gateway",
    "alibaba-customer-gateway",
    "tencent-tunnel",
    "alibaba-tunnel",
  ];
  for (const stepId of stepIds) {
    const row = execution.getByTestId(`execution-step-${stepId}`);
    await expect(row).toHaveAttribute("data-state", "done");
    await expect(row.getByTestId("resource-id")).not.toBeEmpty();
    // The create call's RequestId (a support ticket needs it) and when the step ran.
    await expect(row.getByTestId("request-id")).toHaveText(/^[0-9A-Za-z-]{8,}$/);
    await expect(row.getByTestId("step-started")).toHaveText(
      new RegExp(`^${en.execution.started.replace("{time}", "[A-Z][a-z]{2} \\d+, \\d{4}, ")}`),
    );
    await expect(row.getByTestId("step-finished")).toContainText(
      en.execution.finished.replace(" {time}", ""),
    );
  }
  const executionShot = testInfo.outputPath("execution-panel.png");
  await execution.screenshot({ path: executionShot });
  await testInfo.attach("execution panel", { path: executionShot, contentType: "image/png" });
  const orderId = (
    await execution
      .getByTestId("execution-step-alibaba-gateway")
      .getByTestId("order-id")
      .innerText()
  ).trim();
  expect(orderId).toMatch(/\d+/);
  await requester.reload();
  await expect(requester.getByRole("main").locator("[data-state]").first()).toHaveAttribute(
    "data-state",
    "active",
  );
  expect(await requester.content()).not.toContain(psk);
  await expectAccessibleInBothLanguages(requester, "an active link's page");

  // The simulator confirms: each resource exactly once, with the designed parameters.
  const inspected = await requester.request.get(`${SIM_URL}/_sim/resources`);
  const { resources } = (await inspected.json()) as { resources: SimResource[] };
  const one = (provider: string, type: string, match: (r: SimResource) => boolean) => {
    const found = resources.filter((r) => r.provider === provider && r.type === type && match(r));
    expect(found, `${provider} ${type}`).toHaveLength(1);
    return found[0]!;
  };
  const tcGateway = one("tencent", "vpnGateway", (r) => r.name === `gz-${tag}`);
  const aliGateway = one("alibaba", "vpnGateway", (r) => r.name === `hz-${tag}`);
  expect(tcGateway.data).toMatchObject({
    InternetMaxBandwidthOut: 50,
    InstanceChargeType: "POSTPAID_BY_HOUR",
  });
  expect(aliGateway.data).toMatchObject({ Bandwidth: 50, ChargeType: "POSTPAY" });
  await expect(
    execution.getByTestId("execution-step-alibaba-gateway").getByTestId("resource-id"),
  ).toHaveText(aliGateway.id);

  // Each gateway's public IP is registered as the other cloud's customer gateway.
  const tcPeer = one("tencent", "customerGateway", (r) => r.name === `t-${tag}-alibaba`);
  const aliPeer = one("alibaba", "customerGateway", (r) => r.name === `t-${tag}-tencent`);
  expect(tcPeer.data.IpAddress).toBe(aliGateway.data.InternetIp);
  expect(aliPeer.data.IpAddress).toBe(tcGateway.data.PublicIpAddress);

  const tcTunnel = one("tencent", "vpnConnection", (r) => r.name === `t-${tag}`);
  expect(tcTunnel.data).toMatchObject({
    VpnGatewayId: tcGateway.id,
    CustomerGatewayId: tcPeer.id,
    PreShareKey: psk,
    SecurityPolicyDatabaseSet: [
      { LocalCidrBlock: "10.10.0.0/16", RemoteCidrBlock: ["192.168.0.0/16"] },
    ],
    IKEOptionsSpecification: expect.objectContaining({
      IKEVersion: "IKEV2",
      DhGroupName: "GROUP14",
    }),
    IPSECOptionsSpecification: expect.objectContaining({
      EncryptAlgorithm: "AES-CBC-256",
      PfsDhGroup: "DH-GROUP14",
    }),
  });
  const aliTunnel = one("alibaba", "vpnConnection", (r) => r.name === `t-${tag}`);
  expect(aliTunnel.data).toMatchObject({
    VpnGatewayId: aliGateway.id,
    CustomerGatewayId: aliPeer.id,
    LocalSubnet: "192.168.0.0/16",
    RemoteSubnet: "10.10.0.0/16",
    IkeConfig: expect.objectContaining({ IkeVersion: "ikev2", IkeEncAlg: "aes256", Psk: psk }),
    IpsecConfig: expect.objectContaining({ IpsecPfs: "group14" }),
  });
});
