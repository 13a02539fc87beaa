import "server-only";
import type { PlanStep } from "@/lib/design/plan/types";
import { alibabaCustomerGateway, alibabaVpnConnection, alibabaVpnGateway } from "./alibaba";
import type { StepDriver } from "./driver";
import { tencentCustomerGateway, tencentVpnConnection, tencentVpnGateway } from "./tencent";

const DRIVERS: Record<PlanStep["provider"], Record<PlanStep["action"], StepDriver>> = {
  tencent: {
    CreateVpnGateway: tencentVpnGateway,
    CreateCustomerGateway: tencentCustomerGateway,
    CreateVpnConnection: tencentVpnConnection,
  },
  alibaba: {
    CreateVpnGateway: alibabaVpnGateway,
    CreateCustomerGateway: alibabaCustomerGateway,
    CreateVpnConnection: alibabaVpnConnection,
  },
};

export function driverFor(step: PlanStep): StepDriver {
  return DRIVERS[step.provider][step.action];
}

export type { StepDriver } from "./driver";
