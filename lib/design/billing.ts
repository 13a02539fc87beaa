import type { LinkDesign } from "../schemas/link/design";
import type { AlibabaSite, TencentSite } from "../schemas/link/site";

/**
 * What a design will cost, gateway by gateway: only new gateways are billed (customer gateways
 * and tunnels are free on both clouds). Pure: the wizard's review, the approvals page and the
 * approval policy all read it.
 */
export type BillingItem = {
  provider: "tencent" | "alibaba";
  region: string;
  gatewayName: string;
  bandwidthMbps: number;
  /** prepaid: paid up front for `periodMonths`; postpaid: billed by the hour after use. */
  billing: "prepaid" | "postpaid";
  periodMonths?: number;
  /** Alibaba AutoPay: the order is paid from the account balance without anyone confirming. */
  autoPay?: boolean;
  /** Tencent RenewFlag: renewed automatically at the end of the period. */
  autoRenew?: boolean;
  /** The API's own words, for the plan-minded reader. */
  chargeType: string;
};

function tencentItem(site: TencentSite): BillingItem | undefined {
  if (site.gateway.mode !== "new") return undefined;
  const p = site.gateway.params;
  const prepaid = p.InstanceChargeType === "PREPAID";
  return {
    provider: "tencent",
    region: site.region,
    gatewayName: p.VpnGatewayName,
    bandwidthMbps: p.InternetMaxBandwidthOut,
    billing: prepaid ? "prepaid" : "postpaid",
    ...(prepaid
      ? {
          periodMonths: p.InstanceChargePrepaid?.Period,
          // RenewFlag defaults to NOTIFY_AND_AUTO_RENEW (cloud-api.md §2.5).
          autoRenew: p.InstanceChargePrepaid?.RenewFlag !== "NOTIFY_AND_MANUAL_RENEW",
        }
      : {}),
    chargeType: p.InstanceChargeType ?? "POSTPAID_BY_HOUR",
  };
}

function alibabaItem(site: AlibabaSite): BillingItem | undefined {
  if (site.gateway.mode !== "new") return undefined;
  const p = site.gateway.params;
  const prepaid = p.InstanceChargeType === "PREPAY";
  return {
    provider: "alibaba",
    region: site.region,
    gatewayName: p.Name ?? "",
    bandwidthMbps: p.Bandwidth,
    billing: prepaid ? "prepaid" : "postpaid",
    ...(prepaid ? { periodMonths: p.Period, autoPay: p.AutoPay === true } : {}),
    // The wizard always sets it; a design without it is read as pay-as-you-go.
    chargeType: p.InstanceChargeType ?? "POSTPAY",
  };
}

export function billingSummary(design: LinkDesign): BillingItem[] {
  const sites = design.kind === "cloudToCloud" ? [design.tencent, design.alibaba] : [design.site];
  return sites
    .map((site) => (site.provider === "tencent" ? tencentItem(site) : alibabaItem(site)))
    .filter((item): item is BillingItem => item !== undefined);
}
