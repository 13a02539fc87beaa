import { decisionRoute } from "@/lib/api/decision-route";
import { decideLink } from "@/lib/data/link-workflow";

/** Body: `{ planHash, comment? }` — the hash the approver reviewed. */
export const POST = decisionRoute("approve", decideLink);
