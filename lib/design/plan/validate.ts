import { stepEntry } from "@/lib/design/catalogue";
import { isRef, isSecret, type PlanStep, type PlanValue } from "./types";

/** Referenced ids other than a gateway's, by the parameter that takes them. */
const REF_PREFIXES: Record<string, string> = {
  CustomerGatewayId: "cgw",
  // A route's next hop: the tunnel (Tencent `vpnx-…`, Alibaba `vco-…`).
  InstanceId: "vpnx",
  NextHop: "vco",
};

/** Stand-ins of the right shape for values only known at run time. */
function placeholder(step: PlanStep, value: PlanValue | undefined, key: string): unknown {
  if (isSecret(value)) return "placeholder-key";
  if (isRef(value)) {
    if (value.output === "publicIp") return "192.0.2.1";
    const prefix = REF_PREFIXES[key] ?? (step.provider === "tencent" ? "vpngw" : "vpn");
    return `${prefix}-placeholder0`;
  }
  if (Array.isArray(value)) return value.map((item) => placeholder(step, item, key));
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, placeholder(step, v, k)]));
  }
  return value;
}

/** Checks a compiled step against the API's own request schema; returns "Field: message" lines. */
export function validatePlanStep(step: PlanStep): string[] {
  const request = placeholder(step, step.params, "");
  const result = stepEntry(step.provider, step.action).request.safeParse(request);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
