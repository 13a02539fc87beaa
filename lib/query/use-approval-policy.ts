import { mutationOptions, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** The approval policy in force (GET /api/policy, readable by anyone who reads links). */
export const approvalPolicyQuery = () =>
  queryOptions({
    queryKey: queryKeys.approvalPolicy(),
    queryFn: () =>
      fetchJson<{ policy: ApprovalPolicy }>("/api/policy").then((answer) => answer.policy),
  });

export function useApprovalPolicy() {
  return useQuery(approvalPolicyQuery());
}

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
