import { auditEventsToCsv } from "@/lib/audit/audit-csv";
import { withRoute } from "@/lib/api/with-route";
import { exportAuditEvents } from "@/lib/data/audit-events";
import { parseAuditQuery } from "@/lib/schemas/audit-query";

export const GET = withRoute(
  async ({ request, db }) => {
    const query = parseAuditQuery(request.nextUrl.searchParams);
    const csv = auditEventsToCsv(await exportAuditEvents({ db, query }));
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-${stamp}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
  { permission: "audit.read" },
);
