import { withRoute } from "@/lib/api/with-route";
import { portalMetrics } from "@/lib/metrics/registry";

/** Never prerendered or cached: every scrape reads the counters and the database now. */
export const dynamic = "force-dynamic";

/** Prometheus text exposition of the portal's series (`vlp_*`), for admins. */
export const GET = withRoute(
  async () => {
    const { registry } = portalMetrics();
    return new Response(await registry.metrics(), {
      headers: { "content-type": registry.contentType },
    });
  },
  { permission: "metrics.read" },
);
