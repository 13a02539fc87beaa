import { storedFields } from "../store/stored-fields";
import { z } from "zod";
import { cidrContains, parseCidr } from "../cidr";
import { tcGatewayState } from "../store/lifecycle";
import type { TcRoute, TcRouteTable, TcVpc } from "../store/model";
import { tencentAction } from "./action";
import { tencentDescribe } from "./describe";
import { malformed, notFound, TcError } from "./errors";
import { idPattern, tencentTime } from "./params";

/** User routes per route table (the console's default quota). */
const ROUTES_PER_TABLE = 200;

function routeView(route: TcRoute, table: TcRouteTable) {
  return {
    ...storedFields(route, [
      "DestinationCidrBlock",
      "GatewayType",
      "GatewayId",
      "RouteId",
      "RouteItemId",
      "RouteDescription",
      "Enabled",
      "RouteType",
    ]),
    RouteTableId: table.RouteTableId,
    DestinationIpv6CidrBlock: "",
    PublishedToVbc: false,
    CreatedTime: tencentTime(route.createdAt),
  };
}

export function tcRouteTableView(table: TcRouteTable) {
  return {
    ...storedFields(table, ["VpcId", "RouteTableId", "RouteTableName", "Main"]),
    AssociationSet: [],
    RouteSet: table.routes.map((r) => routeView(r, table)),
    CreatedTime: tencentTime(table.createdAt),
    TagSet: [],
    LocalCidrForCcn: [],
  };
}

export const describeRouteTables = tencentDescribe<TcRouteTable>({
  idField: "RouteTableId",
  rows: (tc) => tc.routeTables,
  fieldFilters: ["RouteTableName", "VpcId"],
  filters: () => ({
    "association.main": (t) => String(t.Main),
    "next-hop-type": (t) => t.routes.map((r) => r.GatewayType),
  }),
  checkFilters: (names) => {
    if (
      names.includes("next-hop-type") &&
      !(names.includes("route-table-id") && names.includes("vpc-id"))
    )
      throw new TcError(
        "InvalidParameter",
        "The filter `next-hop-type` needs `route-table-id` and `vpc-id` in the same call.",
      );
  },
  pagingAsText: true,
  setName: "RouteTableSet",
  view: tcRouteTableView,
});

const routeSchema = z.strictObject({
  DestinationCidrBlock: z.string().optional(),
  GatewayType: z.string().optional(),
  GatewayId: z.string().optional(),
  RouteId: z.number().int().optional(),
  RouteItemId: z.string().optional(),
  RouteDescription: z.string().max(100).optional(),
  Enabled: z.boolean().optional(),
  RouteTableId: z.string().optional(),
  DestinationIpv6CidrBlock: z.string().optional(),
  PublishedToVbc: z.boolean().optional(),
  CreatedTime: z.string().optional(),
});

const newRouteSchema = routeSchema.extend({
  DestinationCidrBlock: z.string(),
  GatewayType: z.string(),
  GatewayId: z.string(),
});

const routesOf = <S extends z.ZodType>(route: S) =>
  z.strictObject({ RouteTableId: z.string(), Routes: z.array(route).min(1).max(100) });

function findTable(tables: TcRouteTable[], id: string, region: string): TcRouteTable {
  if (!idPattern("rtb").test(id)) throw malformed("RouteTableId", id);
  const table = tables.find((t) => t.RouteTableId === id && t.region === region);
  if (!table) throw notFound("RouteTableId", id);
  return table;
}

function vpcBlocks(vpc: TcVpc | undefined) {
  return (vpc ? [vpc.CidrBlock, ...vpc.AssistantCidrs] : []).map(parseCidr).filter((c) => !!c);
}

/** CreateRoutes: routes toward VPN gateways of the table's VPC (the simulator routes to nothing else). */
export const createRoutes = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: routesOf(newRouteSchema),
  run(p, { region, now, tc }) {
    const table = findTable(tc.routeTables, p.RouteTableId, region);
    const blocks = vpcBlocks(tc.vpcs.find((v) => v.VpcId === table.VpcId));
    const added: TcRoute[] = [];
    p.Routes.forEach((route, i) => {
      const name = `Routes.${i}`;
      const destination = parseCidr(route.DestinationCidrBlock);
      if (!destination) throw malformed(`${name}.DestinationCidrBlock`, route.DestinationCidrBlock);
      if (route.GatewayType !== "VPN")
        throw new TcError(
          "UnsupportedOperation",
          `GatewayType \`${route.GatewayType}\` is not simulated; use VPN.`,
        );
      if (!idPattern("vpngw").test(route.GatewayId))
        throw malformed(`${name}.GatewayId`, route.GatewayId);
      const gw = tc.vpnGateways.find(
        (g) => g.VpnGatewayId === route.GatewayId && g.region === region,
      );
      if (!gw) throw notFound("GatewayId", route.GatewayId);
      if (gw.VpcId !== table.VpcId)
        throw new TcError(
          "InvalidParameterValue.RouteNextHopInvalid",
          `The VPN gateway \`${gw.VpnGatewayId}\` is not in the VPC \`${table.VpcId}\` of the route table.`,
        );
      if (tcGatewayState(gw, now) !== "AVAILABLE")
        throw new TcError(
          "UnsupportedOperation.InvalidState",
          `The VPN gateway \`${gw.VpnGatewayId}\` is ${tcGatewayState(gw, now)}.`,
        );
      const inside = blocks.find((b) => cidrContains(b, destination));
      if (inside)
        throw new TcError(
          "InvalidParameterValue.VpcCidrConflict",
          `The destination \`${route.DestinationCidrBlock}\` lies inside the VPC CIDR \`${inside.text}\`.`,
        );
      const same = [...table.routes, ...added].find(
        (r) => r.DestinationCidrBlock === destination.text,
      );
      if (same?.GatewayId === gw.VpnGatewayId)
        throw new TcError(
          "InvalidParameterValue.Duplicate",
          `The route table already routes \`${destination.text}\` to \`${gw.VpnGatewayId}\`.`,
        );
      if (same)
        throw new TcError(
          "UnsupportedOperation.EcmpWithUserRoute",
          `The route table already routes \`${destination.text}\` to \`${same.GatewayId}\`.`,
        );
      const RouteId = tc.nextRouteId++;
      added.push({
        RouteId,
        RouteItemId: `rti-${String(RouteId).padStart(8, "0")}`,
        DestinationCidrBlock: destination.text,
        GatewayType: "VPN",
        GatewayId: gw.VpnGatewayId,
        RouteDescription: route.RouteDescription ?? "",
        Enabled: route.Enabled ?? true,
        RouteType: "USER",
        createdAt: now,
      });
    });
    const users = table.routes.filter((r) => r.RouteType === "USER").length;
    if (users + added.length > ROUTES_PER_TABLE)
      throw new TcError("LimitExceeded", `A route table holds at most ${ROUTES_PER_TABLE} routes.`);
    table.routes.push(...added);
    return { TotalCount: 1, RouteTableSet: [tcRouteTableView(table)] };
  },
});

/** DeleteRoutes: each route named by its RouteId or RouteItemId. */
export const deleteRoutes = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: routesOf(routeSchema),
  run(p, { region, tc }) {
    const table = findTable(tc.routeTables, p.RouteTableId, region);
    const doomed = p.Routes.map((route, i) => {
      if (route.RouteId === undefined && route.RouteItemId === undefined)
        throw new TcError(
          "MissingParameter",
          `The request is missing a required parameter \`Routes.${i}.RouteId\`.`,
        );
      const found = table.routes.find(
        (r) => r.RouteId === route.RouteId || r.RouteItemId === route.RouteItemId,
      );
      if (!found) throw notFound("RouteId", String(route.RouteId ?? route.RouteItemId));
      if (found.RouteType !== "USER")
        throw new TcError(
          "UnsupportedOperation.SystemRoute",
          `The route \`${found.RouteItemId}\` is a system route.`,
        );
      return found;
    });
    table.routes = table.routes.filter((r) => !doomed.includes(r));
    return { RouteSet: doomed.map((r) => routeView(r, table)) };
  },
});
