import { stringify } from "csv-stringify/sync";
import type { AuditEventRow } from "@/lib/db/schema";

const COLUMNS = [
  "seq",
  "at",
  "actor_email",
  "actor_roles",
  "action",
  "target_type",
  "target_id",
  "ip",
  "user_agent",
  "payload",
  "prev_hash",
  "hash",
] as const;

/** Spreadsheet apps run cells starting with = + - @ as formulas: prefix those with a quote. */
function cell(value: string | null): string {
  if (value === null) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function auditEventsToCsv(rows: readonly AuditEventRow[]): string {
  return stringify(
    rows.map((row) => [
      String(row.seq),
      row.at.toISOString(),
      cell(row.actorEmail),
      cell(row.actorRoles.join(" ")),
      cell(row.action),
      cell(row.targetType),
      cell(row.targetId),
      cell(row.ip),
      cell(row.userAgent),
      cell(JSON.stringify(row.payload)),
      row.prevHash,
      row.hash,
    ]),
    { header: true, columns: [...COLUMNS] },
  );
}
