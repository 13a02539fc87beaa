import { z } from "zod";
import { bool } from "../common";
import { alibabaVpnRouteEntrySchema } from "./route-output";
import { alibabaRequestIdSchema, alibabaText } from "./shared";
import { vpnRouteEntryKeyShape } from "./vpn-route-entry-key";

/**
 * Alibaba VPC 2016-04-28 CreateVpnRouteEntry (cloud-api-lifecycle.md §2.8). Asynchronous: the
 * gateway goes `updating` → `active`, one change at a time (`VpnGateway.Configuring`). PublishVpc
 * publishes to the VPC's system route table only. `0.0.0.0/0` and 100.64.0.0/10 are refused.
 */

export const createVpnRouteEntryRequestSchema = z.object({
  ...vpnRouteEntryKeyShape,
  PublishVpc: bool("PublishVpc"),
  Description: alibabaText("Description").optional(),
  DryRun: bool("DryRun").optional(),
});

export type CreateVpnRouteEntryRequest = z.input<typeof createVpnRouteEntryRequestSchema>;

export const createVpnRouteEntryResponseSchema = alibabaVpnRouteEntrySchema.extend({
  RequestId: alibabaRequestIdSchema,
});
