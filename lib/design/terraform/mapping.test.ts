import { describe, expect, it } from "vitest";
import * as alibabaCgw from "@/lib/schemas/alibaba/create-customer-gateway";
import * as alibabaConnection from "@/lib/schemas/alibaba/create-vpn-connection";
import * as alibabaGateway from "@/lib/schemas/alibaba/create-vpn-gateway";
import * as tencentCgw from "@/lib/schemas/tencent/create-customer-gateway";
import * as tencentConnection from "@/lib/schemas/tencent/create-vpn-connection";
import * as tencentGateway from "@/lib/schemas/tencent/create-vpn-gateway";
import type { PlanAction } from "../plan/types";
import { ALIBABA_RESOURCES, ALIBABA_UNEXPRESSIBLE } from "./alibaba-mapping";
import { raw } from "./hcl";
import {
  commaList,
  mapParams,
  sameNameArgs,
  snakeCase,
  tagMap,
  type MappingTable,
  type ToHcl,
} from "./mapping";
import { TENCENT_RESOURCES, TENCENT_UNEXPRESSIBLE } from "./tencent-mapping";

const toHcl: ToHcl = (v) =>
  typeof v === "object" && v !== null && "$secret" in v ? raw("var.psk") : (v as string);

const SCHEMAS: [
  string,
  PlanAction,
  { shape: Record<string, unknown> },
  MappingTable,
  readonly string[],
][] = [
  [
    "Tencent",
    "CreateVpnGateway",
    tencentGateway.createVpnGatewayRequestSchema,
    TENCENT_RESOURCES.CreateVpnGateway.table,
    TENCENT_UNEXPRESSIBLE.CreateVpnGateway,
  ],
  [
    "Tencent",
    "CreateCustomerGateway",
    tencentCgw.createCustomerGatewayRequestSchema,
    TENCENT_RESOURCES.CreateCustomerGateway.table,
    TENCENT_UNEXPRESSIBLE.CreateCustomerGateway,
  ],
  [
    "Tencent",
    "CreateVpnConnection",
    tencentConnection.createVpnConnectionRequestSchema,
    TENCENT_RESOURCES.CreateVpnConnection.table,
    TENCENT_UNEXPRESSIBLE.CreateVpnConnection,
  ],
  [
    "Alibaba",
    "CreateVpnGateway",
    alibabaGateway.createVpnGatewayRequestSchema,
    ALIBABA_RESOURCES.CreateVpnGateway.table,
    ALIBABA_UNEXPRESSIBLE.CreateVpnGateway,
  ],
  [
    "Alibaba",
    "CreateCustomerGateway",
    alibabaCgw.createCustomerGatewayRequestSchema,
    ALIBABA_RESOURCES.CreateCustomerGateway.table,
    ALIBABA_UNEXPRESSIBLE.CreateCustomerGateway,
  ],
  [
    "Alibaba",
    "CreateVpnConnection",
    alibabaConnection.createVpnConnectionRequestSchema,
    ALIBABA_RESOURCES.CreateVpnConnection.table,
    ALIBABA_UNEXPRESSIBLE.CreateVpnConnection,
  ],
];

describe("mapping tables", () => {
  it.each(SCHEMAS)(
    "%s %s: every request parameter is mapped or listed as not expressible",
    (_cloud, _action, schema, table, unexpressible) => {
      const missing = Object.keys(schema.shape).filter(
        (name) => !Object.hasOwn(table, name) && !unexpressible.includes(name),
      );
      expect(missing).toEqual([]);
      for (const name of unexpressible.filter((n) => !n.includes("."))) {
        expect(Object.hasOwn(table, name), name).toBe(false);
      }
    },
  );
});

describe("mapParams", () => {
  it("flattens, nests, repeats blocks and reports what it cannot map, with its path", () => {
    const table: MappingTable = {
      A: { arg: "a" },
      Flat: { flatten: { X: { arg: "flat_x" } } },
      Many: { block: "many", table: { Y: { arg: "y" } } },
      RegionId: { provider: true },
    };
    const out = mapParams(
      {
        A: 1,
        Flat: { X: "x", Z: 2 },
        Many: [{ Y: "1" }, { Y: "2", W: true }],
        RegionId: "r",
        Q: "q",
      },
      table,
      toHcl,
    );
    expect(out.attributes).toEqual([
      { kind: "attribute", name: "a", value: 1 },
      { kind: "attribute", name: "flat_x", value: "x" },
    ]);
    expect(out.blocks).toHaveLength(2);
    expect(out.unexpressed).toEqual(["Flat.Z = 2", "Many[1].W = true", 'Q = "q"']);
  });

  it("shows the secret as var.psk even in a comment", () => {
    expect(mapParams({ Psk: { $secret: "psk" } }, {}, toHcl).unexpressed).toEqual([
      'Psk = "var.psk"',
    ]);
  });

  it("turns tags into a map and comma lists into lists", () => {
    expect(tagMap([{ Key: "env", Value: "prod" }, { Key: "empty" }])).toEqual({
      env: "prod",
      empty: "",
    });
    expect(commaList("10.0.0.0/16, 10.1.0.0/16", toHcl)).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
  });
});

describe("sameNameArgs", () => {
  it("names each argument after its parameter in snake_case, acronyms included", () => {
    expect(
      [
        "VpcId",
        "IKEVersion",
        "IPSECSaLifetimeSeconds",
        "PfsDhGroup",
        "enable",
        "HealthCheckLocalIp",
      ].map(snakeCase),
    ).toEqual([
      "vpc_id",
      "ike_version",
      "ipsec_sa_lifetime_seconds",
      "pfs_dh_group",
      "enable",
      "health_check_local_ip",
    ]);
  });

  it("puts the prefix in front", () => {
    expect(sameNameArgs(["DhGroupName", "LocalId"], "ike_")).toEqual({
      DhGroupName: { arg: "ike_dh_group_name" },
      LocalId: { arg: "ike_local_id" },
    });
  });
});
