import "server-only";
import type { StepActionName } from "@/lib/design/catalogue";
import type { CloudProviderName } from "@/lib/design/plan/providers";
import type { PlanStep } from "@/lib/design/plan/types";
import { alibabaCustomerGateway, alibabaVpnConnection, alibabaVpnGateway } from "./alibaba";
import {
  alibabaDeleteRouteEntry,
  alibabaDeleteVpnRouteEntry,
  alibabaRouteEntry,
  alibabaVpnRouteEntry,
} from "./alibaba-routes";
import { alibabaModifyVpnConnection, tencentModifyVpnConnection } from "./connection-changes";
import type { DriverOf, StepDriver } from "./driver";
import { tencentCustomerGateway, tencentVpnConnection, tencentVpnGateway } from "./tencent";
import {
  alibabaDeleteCustomerGateway,
  alibabaDeleteVpnConnection,
  alibabaDeleteVpnGateway,
} from "./alibaba-deletes";
import {
  tencentDeleteCustomerGateway,
  tencentDeleteVpnConnection,
  tencentDeleteVpnGateway,
} from "./tencent-deletes";
import {
  tencentDeleteRoute,
  tencentDeleteVpnGatewayRoute,
  tencentRoute,
  tencentVpnGatewayRoute,
} from "./tencent-routes";

/** One driver per plan step action of the catalogue (creates, deletes, changes): a missing one fails the typecheck. */
const DRIVERS = {
  tencent: {
    CreateVpnGateway: tencentVpnGateway,
    CreateCustomerGateway: tencentCustomerGateway,
    CreateVpnConnection: tencentVpnConnection,
    DeleteVpnConnection: tencentDeleteVpnConnection,
    DeleteCustomerGateway: tencentDeleteCustomerGateway,
    DeleteVpnGateway: tencentDeleteVpnGateway,
    CreateRoutes: tencentRoute,
    CreateVpnGatewayRoutes: tencentVpnGatewayRoute,
    DeleteRoutes: tencentDeleteRoute,
    DeleteVpnGatewayRoutes: tencentDeleteVpnGatewayRoute,
    ModifyVpnConnectionAttribute: tencentModifyVpnConnection,
  },
  alibaba: {
    CreateVpnGateway: alibabaVpnGateway,
    CreateCustomerGateway: alibabaCustomerGateway,
    CreateVpnConnection: alibabaVpnConnection,
    DeleteVpnConnection: alibabaDeleteVpnConnection,
    DeleteCustomerGateway: alibabaDeleteCustomerGateway,
    DeleteVpnGateway: alibabaDeleteVpnGateway,
    CreateRouteEntry: alibabaRouteEntry,
    CreateVpnRouteEntry: alibabaVpnRouteEntry,
    DeleteRouteEntry: alibabaDeleteRouteEntry,
    DeleteVpnRouteEntry: alibabaDeleteVpnRouteEntry,
    ModifyVpnConnectionAttribute: alibabaModifyVpnConnection,
  },
} satisfies { [P in CloudProviderName]: { [A in StepActionName<P>]: DriverOf<P, A> } };

export function driverFor(step: PlanStep): StepDriver {
  return step.provider === "tencent" ? DRIVERS.tencent[step.action] : DRIVERS.alibaba[step.action];
}

export type { StepDriver, StepRequest } from "./driver";
