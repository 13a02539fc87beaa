import { decisionRoute } from "@/lib/api/decision-route";
import { decideLink } from "@/lib/data/link-workflow";

/** Body: `{ planHash, comment }` — a comment is required to reject. */
export const POST = decisionRoute("reject", decideLink);
