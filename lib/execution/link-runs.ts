import "server-only";
import { and, eq, notLike } from "drizzle-orm";
import { executions } from "@/lib/db/schema";
import { TEARDOWN_HASH_PREFIX } from "./lease";

/**
 * The executions that ran (or run) the link's own plan, not a teardown of it: what the status
 * view shows and what a retry resumes.
 */
export const linkPlanRuns = (linkId: string) =>
  and(eq(executions.linkId, linkId), notLike(executions.planHash, `${TEARDOWN_HASH_PREFIX}%`));
