import { withRoute } from "@/lib/api/with-route";
import { listAuditEvents } from "@/lib/data/audit-events";
import { parseAuditQuery } from "@/lib/schemas/audit-query";

export const GET = withRoute(
  async ({ request, db }) =>
    listAuditEvents({ db, query: parseAuditQuery(request.nextUrl.searchParams) }),
  { permission: "audit.read" },
);
