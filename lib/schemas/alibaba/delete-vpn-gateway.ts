import type { z } from "zod";
import { alibabaDeleteRequestSchema, alibabaRequestIdResponseSchema } from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteVpnGateway (cloud-api-lifecycle.md §2.3). Asynchronous: the gateway
 * is `deleting` until it is gone. A subscription gateway inside its term is `ForbiddenRelease`.
 */

export const deleteVpnGatewayRequestSchema = alibabaDeleteRequestSchema("VpnGatewayId", "vpn");

export type DeleteVpnGatewayRequest = z.input<typeof deleteVpnGatewayRequestSchema>;

export const deleteVpnGatewayResponseSchema = alibabaRequestIdResponseSchema;
