import { cidrV4, intOneOf, oneOf } from "../common";
import { alibabaIdSchema, alibabaRegionIdSchema, clientTokenSchema } from "./shared";

/**
 * What names a VPN gateway's destination route (cloud-api-lifecycle.md §2.8): its gateway,
 * destination, next hop (a connection, `vco-…`) and weight — a delete must repeat all of them.
 */
export const vpnRouteEntryKeyShape = {
  RegionId: alibabaRegionIdSchema,
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn"),
  RouteDest: cidrV4("RouteDest"),
  NextHop: alibabaIdSchema("NextHop", "vco"),
  /** 100 = active, 0 = standby. */
  Weight: intOneOf("Weight", [0, 100]),
  OverlayMode: oneOf("OverlayMode", ["Ipsec"]).optional(),
  ClientToken: clientTokenSchema.optional(),
};
