import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { getApprovalPolicy, updateApprovalPolicy } from "@/lib/data/approval-policy";
import { approvalPolicySchema } from "@/lib/schemas/approval-policy";

/** The approval policy in force. */
export const GET = withRoute(async ({ db }) => ({ policy: await getApprovalPolicy(db) }), {
  permission: "link.read",
});

/** Body: a whole policy (lib/schemas/approval-policy.ts). */
export const PUT = withRoute(
  async ({ request, db, user, meta }) => {
    const policy = await readJson(request, approvalPolicySchema);
    return { policy: await updateApprovalPolicy({ db, policy, actor: user, meta }) };
  },
  { permission: "policy.manage" },
);
