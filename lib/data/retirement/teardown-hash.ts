import { TEARDOWN_HASH_PREFIX } from "@/lib/execution/lease";

/** The plan hash of the execution that runs an approved teardown (approvals hold the bare hash). */
export const teardownRunHash = (planHash: string) => `${TEARDOWN_HASH_PREFIX}${planHash}`;
