import { withRoute } from "@/lib/api/with-route";
import { linkGatewayPrices } from "@/lib/data/link-prices";

/**
 * What each gateway the link's plan creates would cost, asked of the cloud now: Tencent's
 * InquiryPriceCreateVpnGateway; for Alibaba, which has no price API, a plain `noPriceApi`.
 */
export const GET = withRoute<{ id: string }>(
  async ({ params, db }) => ({ prices: await linkGatewayPrices({ db, id: params.id }) }),
  { permission: "link.read" },
);
