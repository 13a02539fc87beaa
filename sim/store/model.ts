import { z } from "zod";
import {
  aliClientTokenSchema,
  aliCustomerGatewaySchema,
  aliRouteEntrySchema,
  aliRouteTableSchema,
  aliVSwitchSchema,
  aliVpcSchema,
  aliVpnConnectionSchema,
  aliVpnGatewaySchema,
  aliVpnRouteSchema,
  aliUnpaidOrderSchema,
} from "./model-alibaba";
import {
  tcCustomerGatewaySchema,
  tcRouteTableSchema,
  tcTaskSchema,
  tcVpcSchema,
  tcVpnConnectionSchema,
  tcVpnGatewayRouteSchema,
  tcVpnGatewaySchema,
} from "./model-tencent";

export type { Tag } from "./model-common";
export type {
  TcVpc,
  TcVpnGateway,
  TcCustomerGateway,
  TcSpd,
  TcVpnConnection,
  TcTask,
  TcRoute,
  TcRouteTable,
  TcVpnGatewayRoute,
} from "./model-tencent";
export type {
  AliVpc,
  AliVSwitch,
  AliVpnGateway,
  AliCustomerGateway,
  AliTunnel,
  AliVpnConnection,
  AliRouteTable,
  AliRouteEntry,
  AliVpnRoute,
  AliClientToken,
  AliUnpaidOrder,
} from "./model-alibaba";

/**
 * Persisted simulator state, as zod schemas: the types are inferred from them, and a state file
 * is checked against them when it is loaded. Times are clock milliseconds; lifecycle states are
 * derived from them at read time (see lifecycle.ts), so a restart or a jump of the clock needs no
 * timers. Collections added after the first release default to empty, so older files still load.
 */

export const simStateSchema = z.object({
  version: z.literal(1),
  /** Counter for deterministic TEST-NET public IPs. */
  ipCounter: z.number().int().nonnegative(),
  tencent: z.object({
    vpcs: z.array(tcVpcSchema),
    vpnGateways: z.array(tcVpnGatewaySchema),
    customerGateways: z.array(tcCustomerGatewaySchema),
    vpnConnections: z.array(tcVpnConnectionSchema),
    tasks: z.array(tcTaskSchema),
    routeTables: z.array(tcRouteTableSchema).default([]),
    vpnGatewayRoutes: z.array(tcVpnGatewayRouteSchema).default([]),
    /** Route ids are integers on Tencent. */
    nextRouteId: z.number().int().positive().default(1),
  }),
  alibaba: z.object({
    vpcs: z.array(aliVpcSchema),
    vSwitches: z.array(aliVSwitchSchema),
    vpnGateways: z.array(aliVpnGatewaySchema),
    customerGateways: z.array(aliCustomerGatewaySchema),
    vpnConnections: z.array(aliVpnConnectionSchema),
    clientTokens: z.array(aliClientTokenSchema),
    routeTables: z.array(aliRouteTableSchema).default([]),
    routeEntries: z.array(aliRouteEntrySchema).default([]),
    vpnRoutes: z.array(aliVpnRouteSchema).default([]),
    unpaidOrders: z.array(aliUnpaidOrderSchema).default([]),
  }),
});
export type SimState = z.infer<typeof simStateSchema>;
