import { getTranslations } from "next-intl/server";
import type { BillingItem } from "@/lib/design/billing";

/** What the new gateways will cost: provider, region, bandwidth, prepaid or pay-as-you-go. */
export async function BillingSummaryList({ items }: { items: BillingItem[] }) {
  const t = await getTranslations("approvals.billing");
  const l = await getTranslations("links");
  if (items.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="billing-summary">
        {t("none")}
      </p>
    );
  }
  return (
    <ul className="space-y-1 text-sm" data-testid="billing-summary">
      {items.map((item) => (
        <li key={`${item.provider}-${item.region}-${item.gatewayName}`}>
          <span className="font-medium">{l(`providers.${item.provider}`)}</span>{" "}
          <span className="font-mono text-xs">{item.region}</span> ·{" "}
          <span className="font-mono">{item.gatewayName}</span> ·{" "}
          {t("bandwidth", { mbps: item.bandwidthMbps })} ·{" "}
          <span className={item.billing === "prepaid" ? "font-medium text-amber-800" : ""}>
            {item.billing === "prepaid"
              ? t("prepaid", { months: item.periodMonths ?? 1 })
              : t("postpaid")}
          </span>
          {item.autoPay ? <> · {t("autoPay")}</> : null}
          {item.autoRenew ? <> · {t("autoRenew")}</> : null}
          <span className="ml-1 font-mono text-xs text-slate-500">({item.chargeType})</span>
        </li>
      ))}
    </ul>
  );
}
