import "server-only";
import { inquireTencentVpnGatewayPrice } from "@/lib/cloud/tencent";
import { getCloudClient, listConfiguredCloudAccounts } from "@/lib/cloud-server/server-client";
import { AppError } from "@/lib/errors/app-error";
import { isCreatePlan, type CreatePlanStep } from "@/lib/design/plan/types";
import { inquiryPriceCreateVpnGatewayRequestSchema } from "@/lib/schemas/tencent/inquiry-price-create-vpn-gateway";
import type { AccountSite } from "@/lib/schemas/link/account-site";
import type { GatewayPrice } from "@/lib/schemas/link/gateway-prices";
import { findLinkRow, type LinkLookup } from "./link-action";
import { shownLinkPlan } from "./link-plan";

const SITE_CURRENCIES: Record<AccountSite, "CNY" | "USD"> = { china: "CNY", international: "USD" };

type GatewayStep = Extract<CreatePlanStep, { action: "CreateVpnGateway" }>;

const isGatewayStep = (step: CreatePlanStep): step is GatewayStep =>
  step.action === "CreateVpnGateway";

async function priceOf(step: GatewayStep): Promise<GatewayPrice> {
  const place = { stepId: step.id, account: step.account, region: step.region };
  // Alibaba's VPC API has no price inquiry for VPN gateways (cloud-api-lifecycle.md §2.14).
  if (step.provider === "alibaba") return { ...place, provider: "alibaba", noPriceApi: true };
  const {
    InternetMaxBandwidthOut,
    InstanceChargeType,
    InstanceChargePrepaid,
    Type,
    MaxConnection,
  } = step.params;
  // The plan's values as the inquiry takes them (a CCN type has no price to ask: left out).
  const request = inquiryPriceCreateVpnGatewayRequestSchema.parse({
    InternetMaxBandwidthOut,
    InstanceChargeType,
    InstanceChargePrepaid,
    MaxConnection,
    Type: Type === "IPSEC" || Type === "SSL" ? Type : undefined,
  });
  const price = await inquireTencentVpnGatewayPrice({
    client: getCloudClient(),
    account: step.account,
    region: step.region,
    request,
  });
  // The answer names no currency: it is the account site's (cloud-api-lifecycle.md §1.10).
  const site = listConfiguredCloudAccounts().find(
    (account) => account.provider === "tencent" && account.name === step.account,
  )?.site;
  const currency = site ? SITE_CURRENCIES[site] : undefined;
  return { ...place, provider: "tencent", ...(currency ? { currency } : {}), price };
}

/**
 * What each gateway the link's plan creates would cost, asked of the cloud now (never stored: a
 * price is the cloud's answer of the moment). Gateways picked as existing cost nothing new.
 */
export async function linkGatewayPrices(options: LinkLookup): Promise<GatewayPrice[]> {
  const row = await findLinkRow(options.db, options.id, { lock: false });
  const plan = shownLinkPlan(row);
  if (!plan) throw new AppError("conflict", "This link has left draft without a frozen plan.");
  if (!isCreatePlan(plan)) return [];
  return Promise.all(plan.steps.filter(isGatewayStep).map(priceOf));
}
