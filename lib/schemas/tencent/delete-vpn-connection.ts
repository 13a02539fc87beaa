import { z } from "zod";
import { idWithPrefix } from "../common";
import { requestIdSchema } from "./shared";

/** Tencent VPC 2017-03-12 DeleteVpnConnection (cloud-api.md §2.8). Asynchronous. */

export const deleteVpnConnectionRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  VpnConnectionId: idWithPrefix("VpnConnectionId", "vpnx"),
});

export type DeleteVpnConnectionRequest = z.input<typeof deleteVpnConnectionRequestSchema>;

export const deleteVpnConnectionResponseSchema = z.object({ RequestId: requestIdSchema });
