"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useLinkPrices } from "@/lib/query/use-link-prices";
import type { GatewayPrice } from "@/lib/schemas/link/gateway-prices";

function PriceLine({ price }: { price: GatewayPrice }) {
  const t = useTranslations("gatewayPrices");
  if (price.provider === "alibaba") return <>{t("noPriceApi")}</>;
  const { instance, bandwidth } = price.price;
  if (instance?.unitPrice !== undefined) {
    return bandwidth?.unitPrice !== undefined ? (
      <>{t("postpaid", { instance: instance.unitPrice, bandwidth: bandwidth.unitPrice })}</>
    ) : (
      <>{t("postpaidNoTraffic", { instance: instance.unitPrice })}</>
    );
  }
  if (instance?.discountPrice !== undefined) {
    const { discountPrice, originalPrice = discountPrice } = instance;
    return <>{t("prepaid", { price: discountPrice, original: originalPrice })}</>;
  }
  return <>{t("unstated")}</>;
}

/**
 * What each new gateway of the link would cost, asked of the cloud when the page opens (Tencent's
 * price inquiry; Alibaba has none, and says so). Shown to the requester and the approver.
 */
export function GatewayPrices({ linkId }: { linkId: string }) {
  const t = useTranslations("gatewayPrices");
  const providers = useTranslations("links.providers");
  const prices = useLinkPrices(linkId);
  if (prices.isPending) {
    return (
      <p className="text-sm text-slate-600" role="status" data-testid="gateway-prices-loading">
        {t("loading")}
      </p>
    );
  }
  if (prices.isError) {
    return <ErrorAlert error={prices.error} text={(error) => t("failed", { error })} />;
  }
  const list = prices.data.prices;
  if (list.length === 0) {
    return <p className="text-sm text-slate-700">{t("none")}</p>;
  }
  return (
    <div className="space-y-2 text-sm" data-testid="gateway-prices">
      <ul className="space-y-2">
        {list.map((price) => (
          <li
            key={price.stepId}
            className="rounded-md border border-slate-200 bg-white p-3"
            data-testid={`gateway-price-${price.stepId}`}
          >
            <span className="font-medium">{providers(price.provider)}</span> ·{" "}
            <span className="font-mono text-xs">{price.region}</span> ·{" "}
            {price.provider === "tencent" && price.currency ? (
              <span className="font-medium" data-testid="price-currency">
                {price.currency}{" "}
              </span>
            ) : null}
            <PriceLine price={price} />
          </li>
        ))}
      </ul>
      {list.some((price) => price.provider === "tencent" && !price.currency) ? (
        <p className="text-xs text-slate-600">{t("currency")}</p>
      ) : null}
    </div>
  );
}
