import { z } from "zod";
import { alibabaRequestIdResponseSchema } from "./shared";
import { vpnRouteEntryKeyShape } from "./vpn-route-entry-key";

/**
 * Alibaba VPC 2016-04-28 DeleteVpnRouteEntry (cloud-api-lifecycle.md §2.8): the route is named by
 * its whole key, Weight included. Asynchronous like the create; `InvalidRouteEntry.NotFound` when
 * already gone.
 */

export const deleteVpnRouteEntryRequestSchema = z.object(vpnRouteEntryKeyShape);

export type DeleteVpnRouteEntryRequest = z.input<typeof deleteVpnRouteEntryRequestSchema>;

export const deleteVpnRouteEntryResponseSchema = alibabaRequestIdResponseSchema;
