import { decisionRoute } from "@/lib/api/decision-route";
import { decideRetirement } from "@/lib/data/retirement/decide-retirement";

/** Body: `{ planHash, comment? }` — the teardown hash the approver reviewed (not the requester). */
export const POST = decisionRoute("approve", decideRetirement);
