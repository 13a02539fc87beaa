import type { AliRouteEntry, SimState, TcRoute } from "./model";

/** Alibaba's system entry for its cloud services' range, in every route table. */
const ALIBABA_SERVICE_RANGE = "100.64.0.0/10";

/**
 * Gives every VPC its default route table with the entries the cloud itself keeps: on Tencent
 * a main table with a local (`NETD`) route per VPC CIDR block, on Alibaba a system table with a
 * `System` entry per vSwitch and one for the cloud services' range.
 */
export function seedRouteTables(state: SimState, at: number): void {
  const tc = state.tencent;
  for (const vpc of tc.vpcs) {
    const routes: TcRoute[] = [vpc.CidrBlock, ...vpc.AssistantCidrs].map((cidr) => {
      const RouteId = tc.nextRouteId++;
      return {
        RouteId,
        RouteItemId: `rti-${vpc.VpcId.slice(4)}${RouteId}`,
        DestinationCidrBlock: cidr,
        GatewayType: "LOCAL",
        GatewayId: "Local",
        RouteDescription: "",
        Enabled: true,
        RouteType: "NETD",
        createdAt: at,
      };
    });
    tc.routeTables.push({
      region: vpc.region,
      RouteTableId: `rtb-${vpc.VpcId.slice(4)}`,
      RouteTableName: "default",
      VpcId: vpc.VpcId,
      Main: true,
      routes,
      createdAt: at,
    });
  }
  const ali = state.alibaba;
  for (const vpc of ali.vpcs) {
    const RouteTableId = `vtb-${vpc.VpcId.slice(4)}`;
    ali.routeTables.push({
      region: vpc.region,
      RouteTableId,
      RouteTableName: "",
      RouteTableType: "System",
      VpcId: vpc.VpcId,
      VRouterId: vpc.VRouterId,
      createdAt: at,
    });
    const vSwitches = ali.vSwitches.filter((s) => s.VpcId === vpc.VpcId);
    const system = (n: number, cidr: string, nextHopType: string): AliRouteEntry => ({
      region: vpc.region,
      RouteEntryId: `rte-${vpc.VpcId.slice(4)}s${n}`,
      RouteTableId,
      VpcId: vpc.VpcId,
      DestinationCidrBlock: cidr,
      Type: "System",
      NextHopType: nextHopType,
      NextHopId: "",
      RouteEntryName: "",
      Description: "",
      createdAt: at,
      readyAt: at,
    });
    ali.routeEntries.push(
      ...vSwitches.map((s, i) => system(i + 1, s.CidrBlock, "local")),
      system(0, ALIBABA_SERVICE_RANGE, "service"),
    );
  }
}
