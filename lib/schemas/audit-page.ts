import { z } from "zod";
import { isoDateTime } from "./common";
import { cappedPageInfoSchema } from "./paging";

/** An audit event as GET /api/audit answers it (a row of the hash-chained log, dates as text). */
const auditEventViewSchema = z
  .object({
    seq: z.number().int().min(1),
    at: isoDateTime,
    actorId: z.uuid().nullable(),
    actorEmail: z.string().nullable(),
    actorRoles: z.array(z.string()),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    /** The chain: this event's hash covers the previous one's (`prevHash`). */
    prevHash: z.string(),
    hash: z.string(),
    hashScheme: z.number().int(),
  })
  .meta({ id: "AuditEvent" });

export const auditPageSchema = cappedPageInfoSchema
  .extend({ events: z.array(auditEventViewSchema) })
  .meta({
    id: "AuditPage",
    description:
      "One page of events, newest first; the next one is asked for with `after` = the last event's seq.",
  });
