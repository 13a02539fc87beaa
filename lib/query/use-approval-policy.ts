import { mutationOptions, useMutation } from "@tanstack/react-query";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";
import { fetchJson } from "./fetch-json";

/** Saves the approval policy (PUT /api/policy); resolves to the policy now in force. */
export const saveApprovalPolicyMutation = () =>
  mutationOptions({
    mutationFn: (policy: ApprovalPolicy) =>
      fetchJson<{ policy: ApprovalPolicy }>("/api/policy", { method: "PUT", body: policy }).then(
        (answer) => answer.policy,
      ),
  });

export function useSaveApprovalPolicy() {
  return useMutation(saveApprovalPolicyMutation());
}
