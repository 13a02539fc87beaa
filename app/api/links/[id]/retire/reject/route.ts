import { decisionRoute } from "@/lib/api/decision-route";
import { decideRetirement } from "@/lib/data/retirement/decide-retirement";

/** Body: `{ planHash, comment }` — the link goes back to active; the comment is required. */
export const POST = decisionRoute("reject", decideRetirement);
