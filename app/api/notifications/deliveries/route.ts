import { withRoute } from "@/lib/api/with-route";
import { listDeliveries } from "@/lib/data/notification-deliveries";
import { deliveryQuerySchema } from "@/lib/schemas/notification";

/** The delivery log, newest first; `?state=dead` for the dead letters. */
export const GET = withRoute(
  async ({ request, db }) => {
    const query = deliveryQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    return { deliveries: await listDeliveries(db, query) };
  },
  { permission: "notify.manage" },
);
