/**
 * The API parameter a wizard field edits, shown beneath its label. It is the last segment of the
 * field's form path ("site.tunnel.params.VpnConnectionName" → VpnConnectionName) except where the
 * design names it its own way; those are listed here by the path's tail. `undefined`: no API name
 * (the portal's own choice, e.g. which configured account).
 */
const API_NAME_OVERRIDES: Readonly<Record<string, string | undefined>> = {
  account: undefined,
  region: "Region",
  vpcId: "VpcId",
  vswitchId: "VSwitchId",
  disasterRecoveryVswitchId: "DisasterRecoveryVSwitchId",
  "gateway.id": "VpnGatewayId",
  "peer.id": "CustomerGatewayId",
  "InstanceChargePrepaid.Period": "InstanceChargePrepaid.Period",
  "InstanceChargePrepaid.RenewFlag": "InstanceChargePrepaid.RenewFlag",
};

export function apiNameOf(path: string): string | undefined {
  const parts = path.split(".");
  for (const size of [2, 1]) {
    const tail = parts.slice(-size).join(".");
    if (Object.hasOwn(API_NAME_OVERRIDES, tail)) return API_NAME_OVERRIDES[tail];
  }
  return parts.at(-1);
}
