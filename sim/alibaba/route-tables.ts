import { storedFields } from "../store/stored-fields";
import { z } from "zod";
import { cidrContains, cidrsOverlap, parseCidr } from "../cidr";
import { aliRouteEntryStatus } from "../store/lifecycle";
import type { AliRouteEntry, AliRouteTable, SimState } from "../store/model";
import { newId } from "../store/store";
import { alibabaAction, alibabaIdempotentAction } from "./action";
import { alibabaDescribe } from "./describe";
import { AliError, invalid, missing, quotaFull } from "./errors";
import { findGateway } from "./lookups";
import { seededNetworkView } from "./vpcs";
import { aliBool, aliDescription, aliInt, aliLabel, matchesIfGiven } from "./params";

/** Custom entries per route table (ALI-SDK CreateRouteEntry). */
const ENTRIES_PER_TABLE = 200;
const SERVICE_RANGE = parseCidr("100.64.0.0/10");

function tableView(table: AliRouteTable, _now: number, ali: SimState["alibaba"]) {
  return {
    ...storedFields(table, ["RouteTableId", "RouteTableName", "RouteTableType", "VpcId"]),
    RouterId: table.VRouterId,
    RouterType: "VRouter",
    ...seededNetworkView(ali, table.VpcId, table.createdAt),
  };
}

export const describeRouteTableList = alibabaDescribe({
  params: {
    VpcId: z.string().optional(),
    RouteTableId: z.string().optional(),
    RouteTableName: z.string().optional(),
    RouteTableType: z.enum(["System", "Custom"]).optional(),
    RouterType: z.enum(["VRouter", "VBR"]).optional(),
    RouterId: z.string().optional(),
  },
  rows: (ali) => ali.routeTables,
  matches: (t, p) =>
    matchesIfGiven(p.VpcId, t.VpcId) &&
    matchesIfGiven(p.RouteTableId, t.RouteTableId) &&
    matchesIfGiven(p.RouteTableName, t.RouteTableName) &&
    matchesIfGiven(p.RouteTableType, t.RouteTableType) &&
    matchesIfGiven(p.RouterType, "VRouter") &&
    matchesIfGiven(p.RouterId, t.VRouterId),
  list: ["RouterTableList", "RouterTableListType"],
  view: tableView,
});

function entryView(entry: AliRouteEntry, now: number) {
  return {
    ...storedFields(entry, [
      "RouteEntryId",
      "RouteTableId",
      "DestinationCidrBlock",
      "Type",
      "RouteEntryName",
      "Description",
    ]),
    Status: aliRouteEntryStatus(entry, now),
    IpVersion: "ipv4",
    NextHops: {
      NextHop: [
        {
          NextHopType: entry.NextHopType,
          NextHopId: entry.NextHopId,
          Enabled: 1,
          Weight: 0,
          NextHopRegionId: entry.region,
        },
      ],
    },
  };
}

function findTable(ali: SimState["alibaba"], id: string, region: string): AliRouteTable {
  const table = ali.routeTables.find((t) => t.RouteTableId === id && t.region === region);
  if (!table)
    throw new AliError(
      "InvalidRouteTableId.NotFound",
      `The specified route table "${id}" does not exist.`,
      404,
    );
  return table;
}

export const describeRouteEntryList = alibabaAction({
  mutates: false,
  ratePerMinute: 600,
  schema: z.object({
    RouteTableId: z.string().min(1),
    RouteEntryId: z.string().optional(),
    RouteEntryName: z.string().optional(),
    RouteEntryType: z.enum(["Custom", "System", "BGP", "CEN", "ECR"]).optional(),
    DestinationCidrBlock: z.string().optional(),
    NextHopType: z.string().optional(),
    NextHopId: z.string().optional(),
    IpVersion: z.enum(["ipv4", "ipv6", "IPv4", "IPv6"]).optional(),
    MaxResult: aliInt.pipe(z.number().min(1).max(100)).optional(),
    NextToken: z.string().regex(/^\d+$/, "a token from a previous answer").optional(),
  }),
  run(p, { region, now, ali }) {
    const table = findTable(ali, p.RouteTableId, region);
    const rows = ali.routeEntries.filter(
      (e) =>
        e.RouteTableId === table.RouteTableId &&
        matchesIfGiven(p.RouteEntryId, e.RouteEntryId) &&
        matchesIfGiven(p.RouteEntryName, e.RouteEntryName) &&
        matchesIfGiven(p.RouteEntryType, e.Type) &&
        matchesIfGiven(p.DestinationCidrBlock, e.DestinationCidrBlock) &&
        matchesIfGiven(p.NextHopType, e.NextHopType) &&
        matchesIfGiven(p.NextHopId, e.NextHopId),
    );
    const start = Number(p.NextToken ?? 0);
    const end = start + (p.MaxResult ?? 10);
    return {
      RouteEntrys: { RouteEntry: rows.slice(start, end).map((e) => entryView(e, now)) },
      NextToken: end < rows.length ? String(end) : "",
    };
  },
});

/** One route change at a time per VPC: the cloud answers TaskConflict while another is under way. */
function assertVpcIdle(ali: SimState["alibaba"], vpcId: string, now: number): void {
  const busy = ali.routeEntries.find(
    (e) => e.VpcId === vpcId && aliRouteEntryStatus(e, now) !== "Available",
  );
  if (busy)
    throw new AliError(
      "TaskConflict",
      `The route entry "${busy.RouteEntryId}" of this VPC is still changing; retry later.`,
    );
}

const dryRun = () =>
  new AliError("DryRunOperation", "Request validation has been passed with DryRun flag set.");

/** CreateRouteEntry toward a VPN gateway of the table's VPC (async: Creating → Available). */
export const createRouteEntry = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: {
    RouteTableId: z.string().min(1),
    DestinationCidrBlock: z.string().min(1),
    NextHopType: z.literal("VpnGateway", "the simulator routes to VPN gateways only"),
    NextHopId: z.string().min(1),
    RouteEntryName: aliLabel.optional(),
    Description: aliDescription.optional(),
    DryRun: aliBool.optional(),
  },
  run(p, { region, ctx, now, ali }) {
    const table = findTable(ali, p.RouteTableId, region);
    const destination = parseCidr(p.DestinationCidrBlock);
    if (!destination) throw invalid("DestinationCidrBlock", "not an IPv4 CIDR block");
    const gw = findGateway(ali, region, p.NextHopId);
    if (gw.VpcId !== table.VpcId)
      throw invalid("NextHopId", `the VPN gateway is not in VPC ${table.VpcId}`);
    const vSwitch = ali.vSwitches.find((s) => {
      const block = parseCidr(s.CidrBlock);
      return s.VpcId === table.VpcId && block && cidrContains(block, destination);
    });
    if (vSwitch)
      throw invalid("DestinationCidrBlock", `equal to or inside vSwitch ${vSwitch.VSwitchId}`);
    if (SERVICE_RANGE && cidrsOverlap(SERVICE_RANGE, destination))
      throw invalid("DestinationCidrBlock", "overlaps 100.64.0.0/10, reserved for cloud services");
    const entries = ali.routeEntries.filter((e) => e.RouteTableId === table.RouteTableId);
    if (entries.some((e) => e.DestinationCidrBlock === destination.text))
      throw new AliError(
        "RouterEntryConflict.Duplicated",
        `The route table already has an entry for "${destination.text}".`,
      );
    if (entries.filter((e) => e.Type === "Custom").length >= ENTRIES_PER_TABLE)
      throw quotaFull("route entry", ENTRIES_PER_TABLE, "this route table");
    assertVpcIdle(ali, table.VpcId, now);
    if (p.DryRun) throw dryRun();
    const entry: AliRouteEntry = {
      region,
      RouteEntryId: newId("rte", 20),
      RouteTableId: table.RouteTableId,
      VpcId: table.VpcId,
      DestinationCidrBlock: destination.text,
      Type: "Custom",
      NextHopType: "VpnGateway",
      NextHopId: gw.VpnGatewayId,
      RouteEntryName: p.RouteEntryName ?? "",
      Description: p.Description ?? "",
      createdAt: now,
      readyAt: now + ctx.timings.alibabaConfiguringMs,
    };
    ali.routeEntries.push(entry);
    return { RouteEntryId: entry.RouteEntryId };
  },
});

/** DeleteRouteEntry by RouteEntryId, or by RouteTableId + DestinationCidrBlock + NextHopId (async). */
export const deleteRouteEntry = alibabaAction({
  mutates: true,
  ratePerMinute: 600,
  schema: z.object({
    RouteEntryId: z.string().min(1).optional(),
    RouteTableId: z.string().min(1).optional(),
    DestinationCidrBlock: z.string().min(1).optional(),
    NextHopId: z.string().min(1).optional(),
    DryRun: aliBool.optional(),
  }),
  run(p, { region, ctx, now, ali }) {
    if (p.RouteEntryId === undefined && p.RouteTableId === undefined) throw missing("RouteEntryId");
    if (p.RouteEntryId === undefined && p.DestinationCidrBlock === undefined)
      throw missing("DestinationCidrBlock");
    const entry = ali.routeEntries.find(
      (e) =>
        e.region === region &&
        (p.RouteEntryId !== undefined
          ? e.RouteEntryId === p.RouteEntryId
          : e.RouteTableId === p.RouteTableId &&
            e.DestinationCidrBlock === p.DestinationCidrBlock &&
            matchesIfGiven(p.NextHopId, e.NextHopId)),
    );
    if (!entry)
      throw new AliError(
        "InvalidRouteEntry.NotFound",
        `The specified route entry "${p.RouteEntryId ?? p.DestinationCidrBlock}" does not exist.`,
        404,
      );
    if (entry.Type === "System")
      throw invalid("RouteEntryId", "a system route entry cannot be deleted");
    const status = aliRouteEntryStatus(entry, now);
    if (status !== "Available")
      throw new AliError(
        "IncorrectRouteEntryStatus",
        `The route entry "${entry.RouteEntryId}" is ${status}; only Available entries can be deleted.`,
      );
    assertVpcIdle(ali, entry.VpcId, now);
    if (p.DryRun) throw dryRun();
    entry.deleteAt = now + ctx.timings.alibabaConfiguringMs;
  },
});
