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

/** What a new gateway's request says about its price, in the cloud's own terms. */
type GatewayTerms = Omit<BillingItem, "provider" | "region">;
type NewGatewayParams<S extends TencentSite | AlibabaSite> = Extract<
  S["gateway"],
  { mode: "new" }
>["params"];

function tencentTerms(p: NewGatewayParams<TencentSite>): GatewayTerms {
  const prepaid = p.InstanceChargeType === "PREPAID";
  return {
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

function alibabaTerms(p: NewGatewayParams<AlibabaSite>): GatewayTerms {
  const prepaid = p.InstanceChargeType === "PREPAY";
  return {
    gatewayName: p.Name ?? "",
    bandwidthMbps: p.Bandwidth,
    billing: prepaid ? "prepaid" : "postpaid",
    ...(prepaid ? { periodMonths: p.Period, autoPay: p.AutoPay === true } : {}),
    // The wizard always sets it; a design without it is read as pay-as-you-go.
    chargeType: p.InstanceChargeType ?? "POSTPAY",
  };
}

/** Only a new gateway is billed: an existing one is paid for already. */
function gatewayTerms(site: TencentSite | AlibabaSite): GatewayTerms | undefined {
  if (site.gateway.mode !== "new") return undefined;
  return site.provider === "tencent"
    ? tencentTerms(site.gateway.params)
    : alibabaTerms(site.gateway.params);
}

export function billingSummary(design: LinkDesign): BillingItem[] {
  const sites = design.kind === "cloudToCloud" ? [design.tencent, design.alibaba] : [design.site];
  return sites.flatMap((site) => {
    const terms = gatewayTerms(site);
    return terms ? [{ provider: site.provider, region: site.region, ...terms }] : [];
  });
}
