import type { DocumentedRule } from "./documented-rule";
import { ALIBABA_RULES } from "./documented-rules-alibaba";
import { TENCENT_RULES } from "./documented-rules-tencent";

/**
 * The rule table: one refused request per documented rule of the create actions
 * (spec/cloud-api.md). Each row is a valid base request of its action with exactly one thing
 * broken, in the portal's request shape (what `lib/schemas/<cloud>/create-*.ts` parse). The
 * simulator must answer it with `code` (sim/documented-rules.test.ts, over signed HTTP), and the
 * portal must refuse it too (test/documented-rules-contract.test.ts). docs/simulator.md tells how
 * to add a row.
 */
export const DOCUMENTED_RULES: readonly DocumentedRule[] = [...TENCENT_RULES, ...ALIBABA_RULES];

export { ALIBABA_BASES } from "./documented-rules-alibaba";
export { TENCENT_BASES } from "./documented-rules-tencent";
export type { DocumentedRule } from "./documented-rule";
