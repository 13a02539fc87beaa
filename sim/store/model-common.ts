import { z } from "zod";

/** Shared pieces of the persisted model (model.ts). */
export const json = z.record(z.string(), z.unknown());

export const tagSchema = z.object({ Key: z.string(), Value: z.string() });
export type Tag = z.infer<typeof tagSchema>;

/** What every stored resource of a region carries: its region and when it was created. */
export const regionalRecordSchema = z.object({ region: z.string(), createdAt: z.number() });

/**
 * The times a resource's lifecycle state is read from (lifecycle.ts): pending until `readyAt`;
 * once its Delete action sets `deleteAt`, deleting until then, then gone.
 */
export const timedLifecycleShape = { readyAt: z.number(), deleteAt: z.number().optional() };

/** The fields both clouds' VPC records share. */
export const vpcRecordSchema = regionalRecordSchema.extend({
  VpcId: z.string(),
  VpcName: z.string(),
  CidrBlock: z.string(),
  IsDefault: z.boolean(),
});

/** The fields both clouds' customer gateway records share. */
export const customerGatewayRecordSchema = regionalRecordSchema.extend({
  CustomerGatewayId: z.string(),
  IpAddress: z.string(),
});

/** The fields both clouds' VPN gateway records share. */
export const vpnGatewayRecordSchema = regionalRecordSchema.extend({
  ...timedLifecycleShape,
  VpnGatewayId: z.string(),
  VpcId: z.string(),
});

/** The fields both clouds' IPsec connection records share: the connection, its gateway and peer. */
export const vpnConnectionRecordSchema = regionalRecordSchema.extend({
  VpnConnectionId: z.string(),
  VpnGatewayId: z.string(),
  CustomerGatewayId: z.string(),
});

/** The fields both clouds' VPC route table records share. */
export const routeTableRecordSchema = regionalRecordSchema.extend({
  RouteTableId: z.string(),
  RouteTableName: z.string(),
  VpcId: z.string(),
});
