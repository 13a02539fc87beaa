import type { SimState } from "./model";
import { seedRouteTables } from "./seed-routes";

/** Seeded resources date from here, long before any request, so they are already ready. */
const SEEDED_AT = Date.UTC(2026, 0, 5, 8, 0, 0);

/** A fresh copy of the seed inventory. */
/**
 * What a seeded Tencent tunnel is configured with (AES-256, SHA-256, group 14, IKEv2, DPD on),
 * between these IKE addresses: the seed and the bulk seed (sim/control/bulk.ts) share it.
 */
export function seededTencentTunnelSettings(addresses: { local?: string; remote: string }) {
  return {
    IKEOptionsSpecification: {
      PropoEncryAlgorithm: "AES-CBC-256",
      PropoAuthenAlgorithm: "SHA-256",
      ExchangeMode: "MAIN",
      LocalIdentity: "ADDRESS",
      RemoteIdentity: "ADDRESS",
      ...(addresses.local ? { LocalAddress: addresses.local } : {}),
      RemoteAddress: addresses.remote,
      DhGroupName: "GROUP14",
      IKESaLifetimeSeconds: 86400,
      IKEVersion: "IKEV2",
    },
    IPSECOptionsSpecification: {
      EncryptAlgorithm: "AES-CBC-256",
      IntegrityAlgorith: "SHA-256",
      IPSECSaLifetimeSeconds: 3600,
      PfsDhGroup: "DH-GROUP14",
      IPSECSaLifetimeTraffic: 1843200,
    },
    DpdEnable: 1,
    DpdTimeout: "30",
    DpdAction: "restart",
    EnableHealthCheck: false,
  };
}

export function seedState(): SimState {
  const t = SEEDED_AT;
  const state: SimState = {
    version: 1,
    ipCounter: 0,
    tencent: {
      vpcs: [
        tcVpc("ap-guangzhou", "vpc-gzprod01", "gz-prod", "10.10.0.0/16", ["10.11.0.0/16"], t),
        tcVpc("ap-guangzhou", "vpc-gzdev001", "gz-dev", "172.20.0.0/16", [], t),
        tcVpc("ap-shanghai", "vpc-shcore01", "sh-core", "10.20.0.0/16", ["100.64.0.0/20"], t),
        tcVpc(
          "ap-shanghai-fsi",
          "vpc-fsipay01",
          "fsi-payments",
          "10.30.0.0/16",
          ["10.31.0.0/20"],
          t,
        ),
        tcVpc("ap-singapore", "vpc-sgedge01", "sg-edge", "10.40.0.0/16", [], t),
      ],
      vpnGateways: [
        {
          region: "ap-guangzhou",
          VpnGatewayId: "vpngw-gzseed01",
          VpcId: "vpc-gzprod01",
          VpnGatewayName: "gz-prod-vpngw",
          Type: "IPSEC",
          InternetMaxBandwidthOut: 100,
          InstanceChargeType: "POSTPAID_BY_HOUR",
          Zone: "ap-guangzhou-3",
          PublicIpAddress: "198.51.100.10",
          TagSet: [],
          createdAt: t,
          readyAt: t,
        },
        {
          region: "ap-shanghai-fsi",
          VpnGatewayId: "vpngw-fsiseed1",
          VpcId: "vpc-fsipay01",
          VpnGatewayName: "fsi-payments-vpngw",
          Type: "IPSEC",
          InternetMaxBandwidthOut: 50,
          InstanceChargeType: "POSTPAID_BY_HOUR",
          Zone: "ap-shanghai-fsi-1",
          PublicIpAddress: "198.51.100.11",
          TagSet: [{ Key: "env", Value: "prod" }],
          createdAt: t,
          readyAt: t,
        },
      ],
      customerGateways: [
        {
          region: "ap-guangzhou",
          CustomerGatewayId: "cgw-gzseed01",
          CustomerGatewayName: "hq-firewall",
          IpAddress: "192.0.2.10",
          BgpAsn: 0,
          TagSet: [],
          createdAt: t,
        },
        {
          region: "ap-shanghai-fsi",
          CustomerGatewayId: "cgw-fsiseed1",
          CustomerGatewayName: "clearing-house",
          IpAddress: "192.0.2.30",
          BgpAsn: 0,
          TagSet: [],
          createdAt: t,
        },
      ],
      // The finance gateway already carries a tunnel, so a new one on it can clash with its SPD.
      vpnConnections: [
        {
          region: "ap-shanghai-fsi",
          VpnConnectionId: "vpnx-fsiseed1",
          VpnConnectionName: "fsi-clearing",
          VpcId: "vpc-fsipay01",
          VpnGatewayId: "vpngw-fsiseed1",
          CustomerGatewayId: "cgw-fsiseed1",
          PreShareKey: "Seeded-Clearing#Key1",
          RouteType: "StaticRoute",
          NegotiationType: "active",
          SecurityPolicyDatabaseSet: [
            { LocalCidrBlock: "10.30.1.0/24", RemoteCidrBlock: ["172.18.0.0/16"] },
          ],
          ...seededTencentTunnelSettings({ local: "198.51.100.11", remote: "192.0.2.30" }),
          TagSet: [],
          createdAt: t,
          readyAt: t,
        },
      ],
      tasks: [],
      routeTables: [],
      vpnGatewayRoutes: [],
      nextRouteId: 1,
    },
    alibaba: {
      vpcs: [
        aliVpc("cn-hangzhou", "vpc-hzprod0001", "hz-prod", "192.168.0.0/16", ["10.50.0.0/16"], t),
        aliVpc("cn-hangzhou", "vpc-hzdev00001", "hz-dev", "172.16.0.0/12", [], t),
        aliVpc("cn-shanghai", "vpc-shcore0001", "sh-core", "10.60.0.0/16", [], t),
        aliVpc("ap-southeast-1", "vpc-sgedge0001", "sg-edge", "10.70.0.0/16", ["10.71.0.0/16"], t),
      ],
      vSwitches: [
        {
          region: "cn-hangzhou",
          VSwitchId: "vsw-hzprod0001",
          VpcId: "vpc-hzprod0001",
          ZoneId: "cn-hangzhou-h",
          CidrBlock: "192.168.1.0/24",
        },
        {
          region: "cn-hangzhou",
          VSwitchId: "vsw-hzprod0002",
          VpcId: "vpc-hzprod0001",
          ZoneId: "cn-hangzhou-i",
          CidrBlock: "192.168.2.0/24",
        },
        {
          region: "cn-hangzhou",
          VSwitchId: "vsw-hzdev00001",
          VpcId: "vpc-hzdev00001",
          ZoneId: "cn-hangzhou-h",
          CidrBlock: "172.16.1.0/24",
        },
        {
          region: "cn-shanghai",
          VSwitchId: "vsw-shcore0001",
          VpcId: "vpc-shcore0001",
          ZoneId: "cn-shanghai-e",
          CidrBlock: "10.60.1.0/24",
        },
        {
          region: "ap-southeast-1",
          VSwitchId: "vsw-sgedge0001",
          VpcId: "vpc-sgedge0001",
          ZoneId: "ap-southeast-1a",
          CidrBlock: "10.70.1.0/24",
        },
      ],
      vpnGateways: [
        {
          region: "cn-hangzhou",
          VpnGatewayId: "vpn-hzseed0001",
          Name: "hz-prod-vpngw",
          Description: "",
          VpcId: "vpc-hzprod0001",
          VSwitchId: "vsw-hzprod0001",
          Bandwidth: 10,
          ChargeType: "POSTPAY",
          InternetIp: "203.0.113.10",
          IpsecVpn: "enable",
          SslVpn: "disable",
          SslMaxConnections: 5,
          NetworkType: "public",
          VpnType: "Normal",
          createdAt: t,
          initUntil: t,
          readyAt: t,
          busyUntil: t,
        },
      ],
      customerGateways: [
        {
          region: "cn-hangzhou",
          CustomerGatewayId: "cgw-hzseed0001",
          IpAddress: "192.0.2.20",
          Name: "branch-office",
          Description: "",
          Tags: [],
          createdAt: t,
        },
      ],
      vpnConnections: [],
      clientTokens: [],
      routeTables: [],
      routeEntries: [],
      vpnRoutes: [],
      unpaidOrders: [],
    },
  };
  seedRouteTables(state, t);
  return state;
}

function tcVpc(region: string, id: string, name: string, cidr: string, extra: string[], t: number) {
  return {
    region,
    VpcId: id,
    VpcName: name,
    CidrBlock: cidr,
    AssistantCidrs: extra,
    IsDefault: false,
    createdAt: t,
  };
}

function aliVpc(
  region: string,
  id: string,
  name: string,
  cidr: string,
  extra: string[],
  t: number,
) {
  const vr = `vrt-${id.slice(4)}`;
  return {
    region,
    VpcId: id,
    VpcName: name,
    CidrBlock: cidr,
    SecondaryCidrBlocks: extra,
    IsDefault: false,
    VRouterId: vr,
    createdAt: t,
  };
}
