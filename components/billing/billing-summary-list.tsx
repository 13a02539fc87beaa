import { useTranslations } from "next-intl";
import type { BillingItem } from "@/lib/design/billing";

/**
 * What the new gateways will cost, gateway by gateway: the same words for the requester in the
 * wizard's review and for the approver. Not async, so it renders on the server and in the wizard.
 */
export function BillingSummaryList({ items }: { items: BillingItem[] }) {
  const t = useTranslations("billingSummary");
  const providers = useTranslations("links.providers");
  if (items.length === 0) {
    return (
      <p className="text-sm text-slate-700" data-testid="billing-summary">
        {t("none")}
      </p>
    );
  }
  return (
    <ul className="space-y-2 text-sm" data-testid="billing-summary">
      {items.map((item) => (
        <li
          key={`${item.provider}-${item.region}-${item.gatewayName}`}
          className="rounded-md border border-slate-200 bg-white p-3"
        >
          <span className="font-medium">{providers(item.provider)}</span> ·{" "}
          <span className="font-mono text-xs">{item.region}</span> ·{" "}
          <span className="font-mono">{item.gatewayName || "—"}</span> ·{" "}
          {t("bandwidth", { mbps: item.bandwidthMbps })} ·{" "}
          <span
            data-testid="billing-mode"
            className={item.billing === "prepaid" ? "font-medium text-amber-800" : undefined}
          >
            {item.billing === "prepaid"
              ? t("prepaid", { months: item.periodMonths ?? 0 })
              : t("postpaid")}
          </span>
          {item.autoPay !== undefined ? (
            <span
              className={item.autoPay ? "ml-2 font-semibold text-amber-800" : "ml-2 text-slate-600"}
            >
              {item.autoPay ? t("autoPayOn") : t("autoPayOff")}
            </span>
          ) : null}
          {item.autoRenew !== undefined ? (
            <span className="ml-2 text-slate-600">
              {item.autoRenew ? t("autoRenewOn") : t("autoRenewOff")}
            </span>
          ) : null}
          <span className="ml-2 font-mono text-xs text-slate-500">{item.chargeType}</span>
        </li>
      ))}
    </ul>
  );
}
