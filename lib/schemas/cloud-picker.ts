import { z } from "zod";
import { alibabaRegionIdSchema } from "./alibaba/shared";
import type { AccountSite } from "./link/account-site";
import { accountNameSchema } from "./link/site";
import { tencentRegionSchema } from "./tencent/shared";

export const PICKER_PROVIDERS = ["tencent", "alibaba"] as const;
export const PICKER_RESOURCES = [
  "accounts",
  "regions",
  "vpcs",
  "vpn-gateways",
  "customer-gateways",
  "route-tables",
] as const;

export type PickerProvider = (typeof PICKER_PROVIDERS)[number];
export type PickerResource = (typeof PICKER_RESOURCES)[number];

/** What the wizard's pickers ask the server for: GET /api/cloud/{provider}/{resource}?account&region&vpcId */
export const pickerRequestShapeSchema = z.object({
  provider: z.enum(PICKER_PROVIDERS, { error: "provider must be one of: tencent, alibaba" }),
  resource: z.enum(PICKER_RESOURCES, {
    error: `resource must be one of: ${PICKER_RESOURCES.join(", ")}`,
  }),
  account: accountNameSchema.default("default"),
  region: z
    .string()
    .regex(/^[a-z]{2,}-[a-z0-9-]+$/, "region must be a region id such as ap-guangzhou")
    .optional(),
  vpcId: z
    .string()
    .regex(/^vpc-[0-9a-z]+$/, 'vpcId must be an id starting with "vpc-"')
    .optional(),
});

/** The picker request, its region held to the chosen cloud's own region-id rule (else the cloud refuses it). */
export const pickerRequestSchema = pickerRequestShapeSchema.superRefine((request, ctx) => {
  if (request.region === undefined) return;
  const regionSchema = request.provider === "tencent" ? tencentRegionSchema : alibabaRegionIdSchema;
  const result = regionSchema.safeParse(request.region);
  if (!result.success) {
    ctx.addIssue({ code: "custom", path: ["region"], message: result.error.issues[0]!.message });
  }
});

export type PickerRequest = z.infer<typeof pickerRequestSchema>;

/** One choice in a picker: the same shape for every resource, with what the wizard shows. */
export type PickerItem = {
  id: string;
  name?: string | undefined;
  /** VPC: its CIDR blocks, primary first. */
  cidrBlocks?: string[] | undefined;
  /** Alibaba VPC: its vSwitches. */
  vswitchIds?: string[] | undefined;
  /** Gateway: public IP; customer gateway: its address. */
  ipAddress?: string | undefined;
  state?: string | undefined;
  /** Region: a finance-cloud region. */
  finance?: boolean | undefined;
  detail?: string | undefined;
  /** Account: its site (China / International), when configured. */
  site?: AccountSite | undefined;
  /** Route table: the VPC's default (Tencent main, Alibaba system) table, the one to offer first. */
  isDefault?: boolean | undefined;
  /** Route table: its routes, for the clash check of new routes (routeClashes). */
  routes?: PickerRoute[] | undefined;
  /** Tencent gateway: its tunnels' policies (for the SPD clash check). */
  tunnels?: { name: string; selectors: { local: string; remote: string[] }[] }[] | undefined;
};

/** A route a table already has, as the route picker shows it and the clash check reads it. */
export type PickerRoute = {
  id?: string | undefined;
  destination: string;
  nextHopId: string;
  /** Kept by the cloud (local, service…): new routes must not lie inside it. */
  system: boolean;
};

/** A list the portal's bound (lib/cloud/paging) cut short: how many were read of how many. */
export type PickerTruncation = {
  /** `items`: the picker's own list; `tunnels`: the gateways' existing tunnels (SPD check). */
  list: "items" | "tunnels";
  shown: number;
  total: number;
};

/** A picker's answer: every choice, and the lists left incomplete (never cut short silently). */
export type PickerList = { items: PickerItem[]; truncated?: PickerTruncation[] | undefined };
