import type { z } from "zod";
import { createCustomerGatewayRequestSchema as alibabaCustomerGateway } from "@/lib/schemas/alibaba/create-customer-gateway";
import { createVpnConnectionRequestSchema as alibabaConnection } from "@/lib/schemas/alibaba/create-vpn-connection";
import { createVpnGatewayRequestSchema as alibabaGateway } from "@/lib/schemas/alibaba/create-vpn-gateway";
import { createCustomerGatewayRequestSchema as tencentCustomerGateway } from "@/lib/schemas/tencent/create-customer-gateway";
import { createVpnConnectionRequestSchema as tencentConnection } from "@/lib/schemas/tencent/create-vpn-connection";
import { createVpnGatewayRequestSchema as tencentGateway } from "@/lib/schemas/tencent/create-vpn-gateway";
import { isRef, isSecret, type PlanStep, type PlanValue } from "./types";

const SCHEMAS: Record<PlanStep["provider"], Record<PlanStep["action"], z.ZodType>> = {
  tencent: {
    CreateVpnGateway: tencentGateway,
    CreateCustomerGateway: tencentCustomerGateway,
    CreateVpnConnection: tencentConnection,
  },
  alibaba: {
    CreateVpnGateway: alibabaGateway,
    CreateCustomerGateway: alibabaCustomerGateway,
    CreateVpnConnection: alibabaConnection,
  },
};

/** Stand-ins of the right shape for values only known at run time. */
function placeholder(step: PlanStep, value: PlanValue, key: string): unknown {
  if (isSecret(value)) return "placeholder-key";
  if (isRef(value)) {
    if (value.output === "publicIp") return "192.0.2.1";
    const prefix =
      key === "CustomerGatewayId" ? "cgw" : step.provider === "tencent" ? "vpngw" : "vpn";
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
  const result = SCHEMAS[step.provider][step.action].safeParse(request);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
